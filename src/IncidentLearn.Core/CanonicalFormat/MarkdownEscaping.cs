using System.Text;

namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>
/// The format's escapes. A line of text that Markdown could read as structure gets one leading backslash;
/// a table cell escapes pipes, backslashes and line breaks; a heading escapes a final '#'.
/// </summary>
internal static class MarkdownEscaping
{
    /// <summary>Characters that, first on a line, could start a heading, list, quote, table, fence, HTML block or rule.</summary>
    private const string BlockStarters = "\\#-*+=>|`~<_:[";

    /// <summary>
    /// True when a line must be escaped. Every line starting with a backslash is escaped too, which is what
    /// lets the reader remove exactly one backslash without guessing.
    /// </summary>
    public static bool NeedsLineEscape(string line)
    {
        if (line.Length == 0)
            return false;

        var first = line[0];
        if (BlockStarters.Contains(first) || char.IsWhiteSpace(first) || char.IsControl(first))
            return true;

        return StartsWithOrderedListMarker(line);
    }

    public static string EscapeLine(string line) => NeedsLineEscape(line) ? "\\" + line : line;

    public static string UnescapeLine(string line) =>
        line.Length > 1 && line[0] == '\\' && NeedsLineEscape(line[1..]) ? line[1..] : line;

    /// <summary>Escapes every line of a (normalised) paragraph field.</summary>
    public static string EscapeParagraphs(string text) => string.Join('\n', text.Split('\n').Select(EscapeLine));

    /// <summary>A heading's text: a final '#' would be read as a closing sequence, so it is written "\#".</summary>
    public static string EscapeHeading(string text) => text.EndsWith('#') ? text[..^1] + "\\#" : text;

    /// <summary>Undoes <see cref="EscapeHeading"/>, and drops a closing sequence of '#' that a person typed.</summary>
    public static string UnescapeHeading(string text)
    {
        if (text.EndsWith("\\#", StringComparison.Ordinal))
            return text[..^2] + "#";

        var withoutHashes = text.TrimEnd('#');
        if (withoutHashes.Length == text.Length)
            return text;
        if (withoutHashes.Length == 0)
            return "";
        return withoutHashes.EndsWith(' ') || withoutHashes.EndsWith('\t') ? withoutHashes.TrimEnd(' ', '\t') : text;
    }

    public static string EscapeCell(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '|':
                    builder.Append("\\|");
                    break;
                case '\n':
                    builder.Append("<br>");
                    break;
                case '<' when BreakTagLength(text, i) > 0:
                    builder.Append("\\<");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    public static string UnescapeCell(string cell)
    {
        var builder = new StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == '\\' && i + 1 < cell.Length && cell[i + 1] is '\\' or '|')
            {
                builder.Append(cell[i + 1]);
                i++;
            }
            else if (c == '\\' && i + 1 < cell.Length && BreakTagLength(cell, i + 1) is var escaped and > 0)
            {
                builder.Append(cell, i + 1, escaped);
                i += escaped;
            }
            else if (c == '<' && BreakTagLength(cell, i) is var tag and > 0)
            {
                builder.Append('\n');
                i += tag - 1;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The length of a line-break tag at <paramref name="index"/> ("&lt;br&gt;", "&lt;br/&gt;", "&lt;BR /&gt;"), or 0.</summary>
    private static int BreakTagLength(string text, int index)
    {
        if (index + 3 >= text.Length || text[index] != '<' || char.ToLowerInvariant(text[index + 1]) != 'b' ||
            char.ToLowerInvariant(text[index + 2]) != 'r')
            return 0;

        var i = index + 3;
        while (i < text.Length && text[i] == ' ')
            i++;
        if (i < text.Length && text[i] == '/')
            i++;
        return i < text.Length && text[i] == '>' ? i - index + 1 : 0;
    }

    /// <summary>"1." or "12)" followed by a space, a tab or the line's end: an ordered list item.</summary>
    private static bool StartsWithOrderedListMarker(string line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
            digits++;

        if (digits is 0 or > 9 || digits >= line.Length || line[digits] is not ('.' or ')'))
            return false;

        var after = digits + 1;
        return after == line.Length || line[after] is ' ' or '\t';
    }
}
