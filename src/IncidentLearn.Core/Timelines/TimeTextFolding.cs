using System.Text;

namespace IncidentLearn.Core.Timelines;

/// <summary>Folds the ways people type times (Unicode dashes, odd spaces, capitals) into one form for matching.</summary>
internal static class TimeTextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        if (IsFolded(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text.Trim())
        {
            var folded = c switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u00A0' or '\u2007' or '\u202F' or '\t' or '\u2009' => ' ',
                _ => char.ToLowerInvariant(c),
            };
            if (folded == ' ')
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(folded);
        }

        return builder.ToString();
    }

    // Already in folded form (the usual "14:05"): no edge whitespace, no doubled spaces, nothing the fold would change.
    private static bool IsFolded(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (lastWasSpace)
                {
                    return false;
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            if (!char.IsAscii(c) || char.IsAsciiLetterUpper(c) || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
