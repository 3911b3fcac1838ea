namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>The source section's fenced block: longer than any backtick run inside, so the text needs no escaping.</summary>
internal static class MarkdownFence
{
    public static string Write(string text, string info)
    {
        var fence = new string('`', Math.Max(3, LongestBacktickRun(text) + 1));
        return $"{fence}{info}\n{text}\n{fence}";
    }

    /// <summary>The block's text, or null when the first non-blank line opens no fence; also the index of the closing line.</summary>
    public static (string Text, int CloseIndex)? Read(IReadOnlyList<SourceLine> lines, int openIndex)
    {
        if (Opening(lines[openIndex].Text) is not var (marker, length, indent))
            return null;

        var close = openIndex + 1;
        while (close < lines.Count && !IsClosing(lines[close].Text, marker, length))
            close++;

        var content = lines.Skip(openIndex + 1).Take(close - openIndex - 1).Select(l => RemoveIndent(l.Text, indent));
        return (string.Join('\n', content), close);
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>An opening fence: its character, length and indentation (up to three spaces, as CommonMark allows).</summary>
    private static (char Marker, int Length, int Indent)? Opening(string line)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        if (indent > 3)
            return null;

        var rest = line[indent..];
        if (rest.Length < 3 || rest[0] is not ('`' or '~'))
            return null;

        var length = rest.Length - rest.TrimStart(rest[0]).Length;
        if (length < 3 || (rest[0] == '`' && rest[length..].Contains('`')))
            return null;
        return (rest[0], length, indent);
    }

    private static bool IsClosing(string line, char marker, int length)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3)
            return false;
        var run = trimmed.Length - trimmed.TrimStart(marker).Length;
        return run >= length && trimmed[run..].Trim(' ', '\t').Length == 0;
    }

    private static string RemoveIndent(string line, int indent)
    {
        var spaces = 0;
        while (spaces < indent && spaces < line.Length && line[spaces] == ' ')
            spaces++;
        return line[spaces..];
    }
}
