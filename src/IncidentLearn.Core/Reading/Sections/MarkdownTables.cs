using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace IncidentLearn.Core.Reading.Sections;

/// <summary>A pipe table read through Markdig: its header cells (lower case) and the cells of each body row.</summary>
public sealed record MarkdownTable(int FirstLineIndex, int LastLineIndex, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The column whose header contains one of the words; -1 when none does.</summary>
    public int Column(params string[] words)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (words.Any(w => Header[i].Contains(w, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    public static string Cell(IReadOnlyList<string> row, int column) => column >= 0 && column < row.Count ? row[column] : "";

    public static List<MarkdownTable> All(ReadContext context)
    {
        var tables = new List<MarkdownTable>();
        if (!context.LooksLikeMarkdown)
        {
            return tables;
        }

        foreach (var table in context.Markdown.Descendants<Table>())
        {
            var header = new List<string>();
            var rows = new List<IReadOnlyList<string>>();
            var last = table.Line;
            foreach (var row in table.OfType<TableRow>())
            {
                var cells = row.OfType<TableCell>().Select(c => InlineText.Of(c.Descendants<ParagraphBlock>().FirstOrDefault()?.Inline)).ToList();
                last = Math.Max(last, row.Line);
                if (row.IsHeader && header.Count == 0)
                {
                    header.AddRange(cells.Select(c => c.ToLowerInvariant()));
                }
                else
                {
                    rows.Add(cells);
                }
            }

            tables.Add(new MarkdownTable(table.Line, last, header, rows));
        }

        return tables;
    }
}
