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

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(?:\[(?<word>[ x])\]|\[?\*{0,2}(?<word>done|todo|to do|open|complete[d]?|fixed|in progress|wip|won'?t do)\*{0,2}\]?\s*[:\-–]|(?<word>✅|✔️?))\s*", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Leading();

    [GeneratedRegex(@"\s*(?:[(\[]\*{0,2}(?<word>done|todo|complete[d]?|fixed|in progress|open|won'?t do)\*{0,2}[)\]]|[\-–—]\s*\*{0,2}(?<word>DONE|TODO|COMPLETE[D]?|FIXED|OPEN)\*{0,2}|(?<word>✅|✔️?))\s*\.?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Trailing();
}
