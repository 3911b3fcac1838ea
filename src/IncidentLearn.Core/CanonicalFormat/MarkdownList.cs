namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>List fields: one "- " bullet per item, an item's further lines indented by two spaces.</summary>
internal static class MarkdownList
{
    public static string Write(IEnumerable<string> items) => string.Join('\n', items.Select(WriteItem));

    private static string WriteItem(string item)
    {
        var lines = item.Split('\n');
        var written = lines.Select((line, i) =>
            i == 0 ? "- " + MarkdownEscaping.EscapeLine(line)
            : line.Length == 0 ? ""
            : "  " + MarkdownEscaping.EscapeLine(line));
        return string.Join('\n', written);
    }

    /// <summary>
    /// Reads items leniently: "-", "*", "+" or "1." bullets; indented lines continue an item (blank lines inside
    /// kept); an unindented line continues the item above it, or starts one after a blank line.
    /// </summary>
    public static List<string> Read(IEnumerable<SourceLine> lines)
    {
        var items = new List<string>();
        List<string>? current = null;
        var blanks = 0;

        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                blanks++;
                continue;
            }

            if (BulletContent(line.Text) is { } content)
            {
                Flush();
                current = [MarkdownEscaping.UnescapeLine(content)];
            }
            else if (current is not null && (blanks == 0 || line.Text[0] is ' ' or '\t'))
            {
                current.AddRange(Enumerable.Repeat("", blanks));
                current.Add(MarkdownEscaping.UnescapeLine(line.Text.TrimStart(' ', '\t')));
            }
            else
            {
                Flush();
                current = [MarkdownEscaping.UnescapeLine(line.Text.TrimStart(' ', '\t'))];
            }

            blanks = 0;
        }

        Flush();
        return items;

        void Flush()
        {
            if (current is not null)
                items.Add(string.Join('\n', current));
            current = null;
        }
    }

    /// <summary>The text after a bullet at the start of the line, or null when the line has no bullet.</summary>
    private static string? BulletContent(string line)
    {
        var markerEnd = line.Length > 0 && line[0] is '-' or '*' or '+' ? 1 : OrderedMarkerLength(line);
        if (markerEnd == 0)
            return null;
        if (markerEnd == line.Length)
            return "";
        return line[markerEnd] is ' ' or '\t' ? line[markerEnd..].TrimStart(' ', '\t') : null;
    }

    private static int OrderedMarkerLength(string line)
    {
        var digits = 0;
        while (digits < line.Length && digits < 10 && char.IsAsciiDigit(line[digits]))
            digits++;
        return digits is > 0 and < 10 && digits < line.Length && line[digits] is '.' or ')' ? digits + 1 : 0;
    }
}
