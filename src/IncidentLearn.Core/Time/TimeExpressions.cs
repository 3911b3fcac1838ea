namespace IncidentLearn.Core.Time;

/// <summary>
/// Finds time expressions where write-ups put them: leading a line, closing it, anywhere in prose, and the
/// sentences that declare a zone. Never throws; spans always lie inside the text given.
/// </summary>
public static class TimeExpressions
{
    // Past this a line is data, not a line a person wrote; scanning stays bounded either way.
    private const int MaxLineLength = 4_000;

    private static readonly string[] StampSeparators = [" - ", " \u2014 ", " \u2013 ", " -- "];

    /// <summary>The expression that leads a block, after bullets, numbering, heading hashes, emphasis, "[" and "At".</summary>
    public static TimeExpression? Leading(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var position = TimePatterns.LeadingMarkup().Match(text, 0).Length;
        return position < text.Length && ExpressionStarts.CouldStartAt(text, position) ? ExpressionReader.ReadAt(text, position) : null;
    }

    /// <summary>The expression that closes a block: a last line that is only a stamp, or a stamp after " - " / " — " at its very end.</summary>
    public static TimeExpression? Trailing(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var contentEnd = text.AsSpan().TrimEnd().TrimEnd("*_.)]").Length;
        var lineStart = text.LastIndexOf('\n', Math.Max(contentEnd - 1, 0)) + 1;
        // Every stamp has a digit; most lines that close a block have none.
        if (contentEnd - lineStart > MaxLineLength || contentEnd <= lineStart || text.AsSpan(lineStart, contentEnd - lineStart).IndexOfAnyInRange('0', '9') < 0)
        {
            return null;
        }

        var position = lineStart + TimePatterns.LeadingMarkup().Match(text, lineStart).Length;
        position += TimePatterns.StampWord().Match(text, position).Length;
        if (WholeAt(text, position, contentEnd) is { } whole)
        {
            return whole;
        }

        // The earliest separator whose rest is one stamp, so "… - Jun 2, 2024 - 09:15 EDT" keeps its date.
        for (var at = lineStart; at < contentEnd; at++)
        {
            var separator = SeparatorAt(text, at);
            if (separator > 0 && WholeAt(text, at + separator, contentEnd) is { } stamp)
            {
                return stamp;
            }
        }

        return null;
    }

    /// <summary>Every expression in prose, left to right, none overlapping.</summary>
    public static IReadOnlyList<TimeExpression> FindAll(string text) => [.. Scan(text, 0)];

    /// <summary>
    /// The expressions from a position on, left to right, found as they are asked for: a caller that wants the
    /// first clock in a sentence stops reading there.
    /// </summary>
    public static IEnumerable<TimeExpression> Scan(string text, int from)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var position = Math.Max(0, from);
        while (position < text.Length)
        {
            if (ExpressionStarts.CouldStartAt(text, position) && ExpressionReader.ReadAt(text, position) is { } expression)
            {
                yield return expression;
                position = expression.End;
                continue;
            }

            position++;
        }
    }

    /// <summary>A zone declaration such as "(all times UTC)", "All times are in PDT", "Timeline (UTC)"; null when none is made.</summary>
    public static ZoneDeclaration? ZoneDeclaration(string text)
    {
        // Every declaration says "time" or "events" ("all times", "Timeline (UTC)", "all events are in UTC"); most lines do not.
        if (string.IsNullOrEmpty(text) || !text.Contains("time", StringComparison.OrdinalIgnoreCase) && !text.Contains("events", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var match = TimePatterns.Declaration().Match(text); match.Success; match = match.NextMatch())
        {
            if (ZoneLookup.Read(match.Groups["zone"].Value, anyCase: false) is { } zone)
            {
                return new ZoneDeclaration(match.Index, match.Length, match.Value, zone);
            }
        }

        return null;
    }

    /// <summary>The expression when it is the whole of the text (trimmed), else null: how a time field is read.</summary>
    internal static TimeExpression? Whole(string text)
    {
        var span = text.AsSpan();
        var start = span.Length - span.TrimStart().Length;
        var end = span.TrimEnd().Length;
        return start < end ? WholeAt(text, start, end) : null;
    }

    private static TimeExpression? WholeAt(string text, int position, int end) =>
        position < end && ExpressionReader.ReadAt(text, position) is { } expression && expression.End == end ? expression : null;

    private static int SeparatorAt(string text, int position)
    {
        foreach (var separator in StampSeparators)
        {
            if (string.CompareOrdinal(text, position, separator, 0, separator.Length) == 0)
            {
                return separator.Length;
            }
        }

        return 0;
    }
}
