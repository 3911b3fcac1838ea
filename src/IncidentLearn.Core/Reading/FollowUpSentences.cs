using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading;

/// <summary>
/// Follow-ups a story states in prose rather than lists, for a record that has none: after the outcome, the
/// sentences saying a safeguard was (or will be) put in place ("We added monitoring alerts on the pool",
/// "We now require DBA sign-off for schema changes", "We plan to automate the check"), and the items of a list
/// introduced by a colon ("We made three improvements: …"). Each becomes an action item, done when the
/// sentence says it was done, in progress when begun, else open. The words stay the author's.
/// </summary>
public static partial class FollowUpSentences
{
    private const int MaxItemWords = 60;

    public static void Fill(IncidentRecord record)
    {
        if (record.ActionItems.Count > 0 || record.Timeline.Count > 0 && record.RootCauses.Count > 0)
        {
            return;
        }

        var texts = new[] { record.Star.Result }.Concat(record.Lessons.Other).Concat(record.Lessons.WentWrong);
        foreach (var text in texts.OfType<string>())
        {
            foreach (var sentence in Sentences.Split(text))
            {
                if (Item(sentence) is { } item && record.ActionItems.All(a => a.Text != item.Text))
                {
                    record.ActionItems.Add(item);
                }
            }
        }
    }

    private static ActionItem? Item(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxItemWords || !Safeguard().IsMatch(sentence))
        {
            return null;
        }

        var status = Planned().IsMatch(sentence) ? ActionStatus.Open
            : Begun().IsMatch(sentence) ? ActionStatus.InProgress
            : PutInPlace().IsMatch(sentence) ? ActionStatus.Done
            : (ActionStatus?)null;
        // "We made three improvements: a stricter review …": the item is what follows the colon.
        var colon = sentence.IndexOf(": ", StringComparison.Ordinal);
        var text = colon > 0 && sentence[(colon + 2)..].Split(' ').Length >= 4 ? sentence[(colon + 2)..] : sentence;
        return status is null ? null : new ActionItem { Text = Capitalised(text.Trim()), Status = status.Value };
    }

    private static string Capitalised(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // What a follow-up puts in place.
    [GeneratedRegex(@"\b(?:monitoring|alerts?|alerting|tests?|testing|checks?|runbooks?|playbooks?|reviews?|validation|validators?|canary|canaries|dashboards?|safeguards?|guardrails?|static analysis|linters?|lint|parity|feature flags?|circuit breakers?|backoff|rate limits?|sign-off|post-?mortems?|documentation|documented|automate|automated|automation|staged rollouts?|dark launch)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Safeguard();

    // Said as done: "we added", "I wrote", "we now require", "implemented".
    [GeneratedRegex(@"\b(?:we|i|the team|they)\s(?:also\s|then\s|later\s)?(?:added|implemented|introduced|improved|enhanced|updated|created|wrote|built|set up|put in place|configured|automated|documented|made|enabled|required|moved|switched|changed|adopted|established|instituted)\b|\b(?:we|i) now\s\w+|\bwas (?:added|introduced|implemented|put in place)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PutInPlace();

    [GeneratedRegex(@"\b(?:we|i|the team)\s(?:also\s)?(?:began|started|are (?:working|exploring|looking)|have started)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Begun();

    [GeneratedRegex(@"\b(?:we|i|the team)\s(?:will|plan to|are going to|intend to|would like to)\b|\bnext steps?\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Planned();
}
