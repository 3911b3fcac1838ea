namespace IncidentLearn.Core.Time;

/// <summary>
/// A cheap test of whether an expression could start at a position, so prose is scanned without a regex at every
/// word: a digit, "T+", "~", or a word whose first three letters open a month, a weekday, a number or a range word.
/// </summary>
internal static class ExpressionStarts
{
    private static readonly HashSet<int> OpeningLetters = Keys(
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "bet", "fro", "abo", "aro", "rou", "app", "som", "nea", "alm", "hal",
        "one", "two", "thr", "fou", "fiv", "six", "sev", "eig", "nin", "ten", "ele", "twe", "fif", "for", "doz");

    public static bool CouldStartAt(string text, int position)
    {
        var c = text[position];
        if (position > 0 && char.IsLetterOrDigit(text[position - 1]))
        {
            return false;
        }

        if (char.IsAsciiDigit(c))
        {
            // The inner parts of versions, addresses and fractions ("1.14.05", "10.0.12.5", "500/500") start nothing.
            return position == 0 || text[position - 1] is not ('.' or ':' or '/' or '#' or '$' or '€' or '£');
        }

        if (c == '~')
        {
            return true;
        }

        if (!char.IsAsciiLetter(c))
        {
            return false;
        }

        var next = position + 1 < text.Length ? text[position + 1] : '\0';
        if (c == 'T' && next is '+' or '-' or ' ')
        {
            return true;
        }

        // "a minute later", "an hour after".
        if (c is 'a' or 'A' && (next == ' ' || (next is 'n' or 'N' && position + 2 < text.Length && text[position + 2] == ' ')))
        {
            return true;
        }

        return position + 2 < text.Length && OpeningLetters.Contains(Key(c, next, text[position + 2]));
    }

    private static readonly HashSet<int> CalendarLetters = Keys(
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private static readonly string[] UnitStems = ["sec", "min", "hour", "hr", "day"];

    // Far enough to reach the unit in "approximately twenty-five minutes later".
    private const int RelativeReach = 40;

    /// <summary>A date or clock starts with a digit or a month or weekday name.</summary>
    public static bool MayBePoint(string text, int position)
    {
        var c = text[position];
        return char.IsAsciiDigit(c)
            || (char.IsAsciiLetter(c) && position + 2 < text.Length && CalendarLetters.Contains(Key(c, text[position + 1], text[position + 2])));
    }

    /// <summary>"T+5m", or a unit of time close enough ahead for "… minutes later".</summary>
    public static bool MayBeRelative(string text, int position)
    {
        if (text[position] == 'T')
        {
            return true;
        }

        var window = text.AsSpan(position, Math.Min(RelativeReach, text.Length - position));
        foreach (var stem in UnitStems)
        {
            if (window.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<int> Keys(params string[] openings) => [.. openings.Select(o => Key(o[0], o[1], o[2]))];

    private static int Key(char a, char b, char c) => (char.ToLowerInvariant(a) << 16) ^ (char.ToLowerInvariant(b) << 8) ^ char.ToLowerInvariant(c);
}
