using System.Text;

namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>Pipe tables: written with one space of padding per cell, read from raw lines so escapes stay exact.</summary>
internal static class MarkdownTable
{
    public static string Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var builder = new StringBuilder();
        builder.Append(Row(headers)).Append('\n');
        builder.Append('|').Append(string.Concat(Enumerable.Repeat("---|", headers.Count)));
        foreach (var row in rows)
            builder.Append('\n').Append(Row(row.Select(cell => MarkdownEscaping.EscapeCell(cell ?? "")).ToList()));
        return builder.ToString();
    }

    /// <summary>A table as read: its header cells and its data rows (the delimiter row skipped), each with its line.</summary>
    public sealed record Parsed(IReadOnlyList<string> Headers, int HeaderLine, IReadOnlyList<ParsedRow> Rows);

    /// <summary>One data row: its 1-based line and its cells, unescaped, with empty cells as null.</summary>
    public sealed record ParsedRow(int Line, IReadOnlyList<string?> Cells);

    /// <summary>Reads the table in a section's lines; null when the section has no non-blank line.</summary>
    public static Parsed? Read(IReadOnlyList<SourceLine> lines)
    {
        var rows = lines.Where(l => !l.IsBlank).ToList();
        if (rows.Count == 0)
            return null;

        var headers = SplitRow(rows[0].Text).Select(c => MarkdownEscaping.UnescapeCell(c)).ToList();
        var data = new List<ParsedRow>();
        for (var i = 1; i < rows.Count; i++)
        {
            var cells = SplitRow(rows[i].Text);
            if (i == 1 && IsDelimiterRow(cells))
                continue;

            data.Add(new ParsedRow(rows[i].Number, cells.Select(c => c.Length == 0 ? null : MarkdownEscaping.UnescapeCell(c)).ToList()));
        }

        return new Parsed(headers, rows[0].Number, data);
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    /// <summary>Splits on pipes not escaped by a backslash; the outer pipes are optional, cells are trimmed.</summary>
    private static List<string> SplitRow(string line)
    {
        var text = line.Trim(' ', '\t');
        var cells = new List<string>();
        var start = 0;
        var endsWithPipe = false;
        for (var i = 0; i < text.Length; i++)
        {
            endsWithPipe = false;
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '|')
            {
                cells.Add(text[start..i]);
                start = i + 1;
                endsWithPipe = true;
            }
        }

        if (!endsWithPipe)
            cells.Add(text[Math.Min(start, text.Length)..]);
        if (text.StartsWith('|') && cells.Count > 0)
            cells.RemoveAt(0);

        return cells.Select(c => c.Trim(' ', '\t')).ToList();
    }

    private static bool IsDelimiterRow(List<string> cells) =>
        cells.Count > 0 && cells.All(c => c.Trim(':').Length > 0 && c.Trim(':').All(ch => ch == '-') && c.Length - c.Trim(':').Length <= 2);
}
