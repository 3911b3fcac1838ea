using System.Text;

namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>
/// The normalisations the canonical format applies to text, so that export, import and export give identical
/// files. Both the writer and the reader apply them; docs/canonical-markdown.md lists them for users.
/// </summary>
internal static class TextNormalization
{
    /// <summary>
    /// Multi-line text: LF line endings, no trailing spaces or tabs on lines, at most one blank line in a row,
    /// no blank lines or spaces at either end; empty becomes null.
    /// </summary>
    public static string? Text(string? value)
    {
        if (value is null)
            return null;

        var kept = new List<string>();
        foreach (var raw in Characters(value).Split('\n'))
        {
            var line = raw.TrimEnd(' ', '\t');
            if (line.Length > 0 || kept.Count == 0 || kept[^1].Length > 0)
                kept.Add(line);
        }

        var text = string.Join('\n', kept).Trim(' ', '\t', '\n');
        return text.Length == 0 ? null : text;
    }

    /// <summary>Text shown as a heading: as <see cref="Text"/>, then its non-blank lines, trimmed, joined by single spaces.</summary>
    public static string? Line(string? value)
    {
        var text = Text(value);
        if (text is null || !text.Contains('\n'))
            return text;

        var parts = text.Split('\n').Select(l => l.Trim(' ', '\t')).Where(l => l.Length > 0);
        return string.Join(' ', parts);
    }

    /// <summary>Verbatim text (the source): only line endings and characters UTF-8 cannot carry are changed.</summary>
    public static string? Verbatim(string? value)
    {
        if (value is null)
            return null;

        var text = Characters(value);
        return text.Length == 0 ? null : text;
    }

    /// <summary>A list of items: each as <see cref="Text"/>, blank items dropped.</summary>
    public static List<string> Items(IEnumerable<string?>? values) =>
        values is null ? [] : values.Select(Text).OfType<string>().ToList();

    /// <summary>CR LF and lone CR become LF; NUL and lone surrogates become U+FFFD (UTF-8 and CommonMark cannot keep them).</summary>
    private static string Characters(string value)
    {
        if (!NeedsCharacterFixes(value))
            return value;

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < value.Length && value[i + 1] == '\n')
                    i++;
            }
            else if (c == '\0')
            {
                builder.Append('\uFFFD');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsCharacterFixes(string value)
    {
        foreach (var c in value)
        {
            if (c == '\r' || c == '\0' || char.IsSurrogate(c))
                return true;
        }

        return false;
    }
}
