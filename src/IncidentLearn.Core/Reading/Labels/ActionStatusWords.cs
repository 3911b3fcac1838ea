using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Labels;

/// <summary>
/// The words and marks authors use for where a follow-up stands: a status column ("Done", "In progress"),
/// a task box ("[x]", "[ ]"), or a word before or after the item ("DONE: …", "TODO - …", "… (completed)", "✅").
/// </summary>
public static partial class ActionStatusWords
{
    public static ActionStatus Parse(string text) => text.Trim().Trim('*', '_', '[', ']', '(', ')', ':').Trim().ToLowerInvariant() switch
    {
        "done" or "complete" or "completed" or "fixed" or "closed" or "resolved" or "shipped" or "x" or "✅" or "✔" or "✔️" => ActionStatus.Done,
        "in progress" or "in-progress" or "started" or "doing" or "wip" or "ongoing" => ActionStatus.InProgress,
        "won't do" or "wont do" or "wontfix" or "won't fix" or "dropped" => ActionStatus.WontDo,
        _ => ActionStatus.Open,
    };

    /// <summary>The item without its status mark, and the status the mark gives (null when it has none).</summary>
    public static (string Text, ActionStatus? Status) Split(string item)
    {
        var leading = Leading().Match(item);
        if (leading.Success)
        {
            return (item[leading.Length..].Trim(), Parse(leading.Groups["word"].Value));
        }

        var trailing = Trailing().Match(item);
        return trailing.Success ? (item[..trailing.Index].Trim(), Parse(trailing.Groups["word"].Value)) : (item, null);
    }

    /// <summary>
    /// The stage an item's own wording tells when it carries no mark: "We're updating our alerts" is under way;
    /// "Migrated the Asia node", "Re-enabled alerting", "Wrote a load test", "We've added a waitlist" are done.
    /// A past participle that may head a noun phrase ("Improved alerting on disk usage") says nothing.
    /// </summary>
    public static ActionStatus? FromWording(string item)
    {
        var text = item.TrimStart();
        if (UnderWay().IsMatch(text))
        {
            return ActionStatus.InProgress;
        }

        return DoneByUs().IsMatch(text) || PastVerbFirst().IsMatch(text) ? ActionStatus.Done : null;
    }

    /// <summary>A status written in capitals at the end of another cell of a row ("Bug 5554825 **DONE**").</summary>
    public static ActionStatus? ClosingCapitals(string cell) =>
        CapitalStatus().Match(cell) is { Success: true } m ? Parse(m.Groups["word"].Value) : null;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(?:we|i|the team)(?:'re|’re| are| am|'m|’m) (?:now |still |also )?\w+ing\b|^(?:we|i|the team) (?:have|has) (?:started|begun)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex UnderWay();

    [GeneratedRegex(@"^(?:we|i|the team)(?:'ve|’ve| have| has) (?:now |also |already )?\w+(?:ed|en|t)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DoneByUs();

    // "Re-enabled …", "Migrated the …", "Onboarded more …", or an irregular past that is no noun ("Wrote a …").
    [GeneratedRegex(@"^(?:re-\w+ed\b|\w+ed (?:the|a|an|our|all|more|its|their|it|them|every|each|two|three|several)\b|(?:wrote|built|made|took|ran|gave|rewrote|rebuilt|began|brought|found|kept|sent|shipped|spun up)\b)", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PastVerbFirst();

    [GeneratedRegex(@"\*{0,2}(?<word>DONE|FIXED|COMPLETED?|CLOSED|WIP|IN PROGRESS)\*{0,2}\s*$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CapitalStatus();

    [GeneratedRegex(@"^(?:\[(?<word>[ x])\]|\[?\*{0,2}(?<word>done|todo|to do|open|complete[d]?|fixed|in progress|wip|won'?t do)\*{0,2}\]?\s*[:\-–]|(?<word>✅|✔️?))\s*", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Leading();

    [GeneratedRegex(@"\s*(?:[(\[]\*{0,2}(?<word>done|todo|complete[d]?|fixed|in progress|open|won'?t do)\*{0,2}[)\]]|[\-–—]\s*\*{0,2}(?<word>DONE|TODO|COMPLETE[D]?|FIXED|OPEN)\*{0,2}|(?<word>✅|✔️?))\s*\.?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Trailing();
}
