namespace IncidentLearn.Core.Time;

/// <summary>Reads the one expression that starts at a position: a range, a relative step, or a single date/time.</summary>
internal static class ExpressionReader
{
    public static TimeExpression? ReadAt(string text, int position)
    {
        // Cheap looks at the text decide which patterns are worth trying, since prose is scanned at every word.
        var first = text[position];
        if (first is 'b' or 'B' or 'f' or 'F')
        {
            var opener = TimePatterns.RangeOpener().Match(text, position);
            if (opener.Success)
            {
                return ReadOpenedRange(text, position, opener.Length, first is 'b' or 'B');
            }
        }

        if (ExpressionStarts.MayBeRelative(text, position) && RelativeReader.ReadAt(text, position) is { } relative)
        {
            return relative;
        }

        if (!ExpressionStarts.MayBePoint(text, position) || PointReader.ReadAt(text, position) is not { } from)
        {
            return null;
        }

        var joiner = TimePatterns.RangeJoiner().Match(text, from.End);
        if (joiner.Success && PointReader.ReadAt(text, from.End + joiner.Length) is { } to && RangeReader.Join(text, from.Start, from, to) is { } range)
        {
            return range;
        }

        return RangeReader.Single(text, from);
    }

    // "between 09:12 and 10:03", "from 14:00 until 14:20": the words belong to the range; without a second end the first stands alone.
    private static TimeExpression? ReadOpenedRange(string text, int position, int openerLength, bool between)
    {
        if (PointReader.ReadAt(text, position + openerLength) is not { } from)
        {
            return null;
        }

        var joiner = between ? TimePatterns.BetweenJoiner().Match(text, from.End) : TimePatterns.RangeJoiner().Match(text, from.End);
        if (joiner.Success && PointReader.ReadAt(text, from.End + joiner.Length) is { } to && RangeReader.Join(text, position, from, to) is { } range)
        {
            return range;
        }

        return RangeReader.Single(text, from);
    }
}
