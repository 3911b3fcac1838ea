using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading.Sections;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>Reads the template's two tables: action items (item, type, owner, status) and the timeline (time, event).</summary>
public static class PostmortemTables
{
    public static IEnumerable<ActionItem> ActionItems(MarkdownTable table)
    {
        var text = Fallback(table.Column("action", "item", "task", "description", "what"), 0);
        var owner = table.Column("owner", "assignee", "who");
        var type = table.Column("type", "kind", "category");
        var status = table.Column("status", "state");
        foreach (var row in table.Rows)
        {
            var itemText = MarkdownTable.Cell(row, text);
            if (itemText.Length == 0)
            {
                continue;
            }

            yield return new ActionItem
            {
                Text = itemText,
                Owner = NullIfEmpty(MarkdownTable.Cell(row, owner)),
                Type = ParseType(MarkdownTable.Cell(row, type)),
                Status = status >= 0 ? Labels.ActionStatusWords.Parse(MarkdownTable.Cell(row, status)) : StatusWithoutColumn(row, itemText),
            };
        }
    }

    // No status column: a status in capitals closing another cell ("Bug 5554825 **DONE**"), else the item's wording.
    private static ActionStatus StatusWithoutColumn(IReadOnlyList<string> row, string item) =>
        row.Select(Labels.ActionStatusWords.ClosingCapitals).FirstOrDefault(s => s is not null)
        ?? Labels.ActionStatusWords.FromWording(item) ?? ActionStatus.Open;

    public static IEnumerable<TimelineEvent> Timeline(MarkdownTable table)
    {
        var time = Fallback(table.Column("time", "when", "timestamp", "date"), 0);
        var what = Fallback(table.Column("event", "what", "description", "action", "details"), time == 0 ? 1 : 0);
        var who = table.Column("who", "actor", "owner", "by");
        foreach (var row in table.Rows)
        {
            var start = MarkdownTable.Cell(row, time);
            var text = MarkdownTable.Cell(row, what);
            if (start.Length == 0 && text.Length == 0)
            {
                continue;
            }

            yield return new TimelineEvent
            {
                Start = start,
                Text = text,
                Actor = NullIfEmpty(MarkdownTable.Cell(row, who)),
                Kind = TimelineLines.MarkerKind(text) ?? EventKindClassifier.Classify(text),
            };
        }
    }

    private static int Fallback(int column, int fallback) => column >= 0 ? column : fallback;

    private static string? NullIfEmpty(string text) => text.Trim() is { Length: > 0 } trimmed && trimmed is not ("-" or "n/a" or "N/A") ? trimmed : null;

    private static ActionType? ParseType(string text) => text.Trim().ToLowerInvariant() switch
    {
        var t when t.StartsWith("mitigat", StringComparison.Ordinal) => ActionType.Mitigate,
        var t when t.StartsWith("prevent", StringComparison.Ordinal) => ActionType.Prevent,
        var t when t.StartsWith("detect", StringComparison.Ordinal) => ActionType.Detect,
        var t when t.StartsWith("process", StringComparison.Ordinal) => ActionType.Process,
        _ => null,
    };

}
