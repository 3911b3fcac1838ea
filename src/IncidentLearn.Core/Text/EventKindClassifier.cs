using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Text;

/// <summary>Names the kind of a timeline event only where its text says so ("waiting on the vendor", "rolled back").</summary>
public static partial class EventKindClassifier
{
    public static EventKind? Classify(string text)
    {
        if (Waiting().IsMatch(text))
        {
            return EventKind.Waiting;
        }

        if (Resolution().IsMatch(text))
        {
            return EventKind.Resolution;
        }

        if (Mitigation().IsMatch(text))
        {
            return EventKind.Mitigation;
        }

        if (Communication().IsMatch(text))
        {
            return EventKind.Communication;
        }

        if (Acknowledgement().IsMatch(text))
        {
            return EventKind.Acknowledgement;
        }

        if (Detection().IsMatch(text))
        {
            return EventKind.Detection;
        }

        if (Decision().IsMatch(text))
        {
            return EventKind.Decision;
        }

        return Diagnosis().IsMatch(text) ? EventKind.Diagnosis : Impact().IsMatch(text) ? EventKind.Impact : null;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:waiting|waited|wait for|dead air|on hold|no response|no reply|idle|stalled waiting|holding for)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Waiting();

    [GeneratedRegex(@"\b(?:resolved|all clear|back to normal|fully recovered|closing|closed the incident|incident (?:closed|over|ended)|recovered)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Resolution();

    [GeneratedRegex(@"\b(?:roll(?:ed|ing)? ?back|reverted|failover|failed over|mitigat\w*|restart(?:ed)?|scaled|rate-limit\w*|switched|unfroze|froze|disabled|drained)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Mitigation();

    [GeneratedRegex(@"\b(?:status page|posted (?:an )?update|briefed|announced|notified|emailed|e-mailed|informed|told (?:the )?customers)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Communication();

    [GeneratedRegex(@"\b(?:acknowledged|ack(?:ed)?|(?:i'm |i am )?here\b|joined the (?:call|bridge|channel)|on it)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Acknowledgement();

    [GeneratedRegex(@"\b(?:alert(?:ed)? (?:fired|triggered)|^alert|alert fired|pager|paged|paging|noticed|detected|seeing it|first report|reported)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Detection();

    [GeneratedRegex(@"\b(?:decided|decision|agreed to|we chose|go/no-go)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Decision();

    [GeneratedRegex(@"\b(?:found|root cause|investigat\w*|looked (?:at|into)|confirmed|suspected|diagnos\w*|checksums?)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Diagnosis();

    [GeneratedRegex(@"\b(?:outage|timing out|timeouts?|errors? (?:rate|spike)|went down|is down|unavailable|failing|5\d\d(?:s|es)?)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Impact();
}
