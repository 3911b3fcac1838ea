using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Text;

/// <summary>
/// The one list of words that say what kind of work a timeline event was ("waiting on the vendor", "rolled back").
/// The reader uses it to name kinds as it reads; the timeline analyzer uses it for events that reach it with none.
/// Cues are whole words or phrases, tried kind by kind in this order, first match wins: waiting, resolution,
/// mitigation, communication, acknowledgement, detection, decision, diagnosis, impact.
/// </summary>
public static partial class EventKindClassifier
{
    private static readonly (EventKind Kind, Func<Regex> Cue)[] InOrder =
    [
        (EventKind.Waiting, Waiting),
        (EventKind.Resolution, Resolution),
        (EventKind.Mitigation, Mitigation),
        (EventKind.Communication, Communication),
        (EventKind.Acknowledgement, Acknowledgement),
        (EventKind.Detection, Detection),
        (EventKind.Decision, Decision),
        (EventKind.Diagnosis, Diagnosis),
        (EventKind.Impact, Impact),
    ];

    /// <summary>The kind the text names, or null when it has no cue.</summary>
    public static EventKind? Classify(string text)
    {
        foreach (var (kind, cue) in InOrder)
        {
            if (cue().IsMatch(text))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the text says outright that the page was acknowledged, even inside an event of another kind. Stricter
    /// than the acknowledgement kind: "on it" is an ack as a chat message but not inside "status page: we are on it".
    /// </summary>
    public static bool MentionsAcknowledgement(string text) => ExplicitAcknowledgement().IsMatch(text);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:waiting|waited|wait for|dead air|on hold|no response|no reply|idle|stalled waiting|holding for)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Waiting();

    [GeneratedRegex(@"\b(?:resolved|all clear|back to (?:normal|baseline)|fully recovered|closing|closed the incident|incident (?:closed|over|ended)|(?:outage|impact) ends|recovered|(?:errors?|timeouts?|failures?|5\d\ds?) (?:stop(?:ped|s)?|subsided?|subsides|ceased?|ceases|went away|dropped (?:to zero|off))|no (?:more|further|new) (?:errors?|timeouts?|failures?|5\d\ds?)|(?:error rate|latency|traffic) (?:is |was )?(?:back|returned) to)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Resolution();

    [GeneratedRegex(@"\b(?:roll(?:ed|ing)? ?back|reverted|failover|fail(?:ed)? over|mitigat\w*|restart(?:ed)?|scaled|rate-limit\w*|switched|unfroze|froze|disabled|drained|paused|halted|workaround|cleared|unblocked)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Mitigation();

    [GeneratedRegex(@"\b(?:status page|posted (?:an )?update|briefed|announced|notified|e-?mails(?= (?:the|all|every|affected|customers|users))|emailed|e-mailed|informed|told (?:the )?customers|customers were told)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Communication();

    [GeneratedRegex(@"\b(?:acknowledged|acknowledges|ack(?:ed|'d)?|picked up the page|(?:i'm |i am )?here\b|joined the (?:call|bridge|channel)|on it)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Acknowledgement();

    [GeneratedRegex(@"\b(?:alerts?|alerted|fired|pager|pages|paged|paging|noticed|spotted|detected|seeing it|first report|reported)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Detection();

    [GeneratedRegex(@"\b(?:acknowledged|acknowledges|acked|ack'd|picked up the page)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ExplicitAcknowledgement();

    [GeneratedRegex(@"\b(?:decided|decision|agreed|we chose|go/no-go|declared|declaring)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Decision();

    [GeneratedRegex(@"\b(?:found|tracks? down|tracked down|root cause|investigat\w*|looked (?:at|into)|confirmed|suspected|diagnos\w*|traced|checked|stopped to look|checksums?)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Diagnosis();

    [GeneratedRegex(@"\b(?:outage|(?:impact|outage) begins|timing out|timeouts?|errors|error (?:rate|spike)|went down|is down|unavailable|degraded|failing|crash(?:es|ed|ing)?|5\d\d(?:s|es)|(?:http|status|returned|returning|returns|throwing|got) 5\d\d)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Impact();
}
