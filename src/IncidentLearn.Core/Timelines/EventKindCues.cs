using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Guesses an event's kind from its text when the author gave none (an author's kind is never replaced).
/// Cues are whole words or phrases, tried in this order, first match wins:
/// waiting: "dead air", "waited for/on", "waiting for/on", "no response", "on hold", "still waiting";
/// resolution: "resolved", "all clear", "back to normal", "back to baseline", "fully recovered", "outage ends", "impact ends", "incident closed";
/// mitigation: "mitigated", "rolled back", "rollback", "reverted", "failed over", "failover", "switched", "restarted", "disabled", "paused", "halted", "scaled up", "workaround", "outage mitigated", "cleared", "unblocked";
/// acknowledgement: "acknowledged", "acked", "ack'd", "picked up the page";
/// detection: "alert", "alerted", "paged", "noticed", "reported", "detected", "fired", "spotted";
/// communication: "status page", "announced", "notified", "posted an update", "emailed", "customers were told";
/// decision: "decided", "decision", "agreed", "declared", "declaring";
/// diagnosis: "found", "investigating", "investigated", "root cause", "confirmed", "traced", "looked into", "stopped to look", "diagnosed", "checked", "suspected";
/// impact: "outage begins", "impact begins", "went down", "started failing", "errors", "outage", "unavailable", "degraded", "crashes", "crashing".
/// </summary>
public static partial class EventKindCues
{
    private static readonly (EventKind Kind, Regex Cue)[] Cues =
    [
        (EventKind.Waiting, Waiting()),
        (EventKind.Resolution, Resolution()),
        (EventKind.Mitigation, Mitigation()),
        (EventKind.Acknowledgement, Acknowledgement()),
        (EventKind.Detection, Detection()),
        (EventKind.Communication, Communication()),
        (EventKind.Decision, Decision()),
        (EventKind.Diagnosis, Diagnosis()),
        (EventKind.Impact, Impact()),
    ];

    /// <summary>The kind the text suggests, or Other when no cue is present.</summary>
    public static EventKind Infer(string text)
    {
        foreach (var (kind, cue) in Cues)
        {
            if (cue.IsMatch(text))
            {
                return kind;
            }
        }

        return EventKind.Other;
    }

    /// <summary>True when the text marks the moment of acknowledgement, even inside an event of another kind.</summary>
    public static bool MentionsAcknowledgement(string text) => Acknowledgement().IsMatch(text);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(dead air|wait(?:ed|ing) (?:for|on)|still waiting|no response|on hold)\b", Options)]
    private static partial Regex Waiting();

    [GeneratedRegex(@"\b(resolved|all clear|back to (?:normal|baseline)|fully recovered|outage ends|impact ends|incident closed)\b", Options)]
    private static partial Regex Resolution();

    [GeneratedRegex(@"\b(mitigated|rolled back|rollback|reverted|failed over|failover|switched|restarted|disabled|paused|halted|scaled up|workaround|outage mitigated|cleared|unblocked)\b", Options)]
    private static partial Regex Mitigation();

    [GeneratedRegex(@"\b(acknowledged|acknowledges|acked|ack'd|picked up the page)\b", Options)]
    private static partial Regex Acknowledgement();

    [GeneratedRegex(@"\b(alert|alerted|paged|noticed|reported|detected|fired|spotted)\b", Options)]
    private static partial Regex Detection();

    [GeneratedRegex(@"\b(status page|announced|notified|posted an update|emailed|customers were told)\b", Options)]
    private static partial Regex Communication();

    [GeneratedRegex(@"\b(decided|decision|agreed|declared|declaring)\b", Options)]
    private static partial Regex Decision();

    [GeneratedRegex(@"\b(found|investigating|investigated|root cause|confirmed|traced|looked into|stopped to look|diagnosed|checked|suspected)\b", Options)]
    private static partial Regex Diagnosis();

    [GeneratedRegex(@"\b(outage begins|impact begins|went down|started failing|errors|outage|unavailable|degraded|crashes|crashing)\b", Options)]
    private static partial Regex Impact();
}
