using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Text;

/// <summary>
/// Finds the figures a write-up states: "10 000" (thin or narrow no-break spaces), "4,012", "1.2 million",
/// "40%", "14 GB", "2 million page views", "ten servers", "within two hours". Times, dates, versions and
/// bare years are left out: they are not figures of the incident's size.
/// </summary>
public static partial class NumberExtractor
{
    public static List<NumberMention> Extract(string text)
    {
        var found = new List<NumberMention>();
        foreach (Match match in Digits().Matches(text))
        {
            if (ReadDigits(text, match) is { } mention)
            {
                found.Add(mention);
            }
        }

        // Number words are found by a plain word scan: a regex alternation tried at every letter costs more.
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '-')))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && end - i < 20 && (char.IsLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
            {
                end++;
            }

            if (end - i >= 3 && char.ToLowerInvariant(text[i]) is 'z' or 'o' or 't' or 'f' or 's' or 'e' or 'n' or 'd'
                && WordNumbers.Parse(text[i..end]) is { } number && ReadWords(text, i, end, number) is { } mention)
            {
                found.Add(mention);
            }

            i = end;
        }

        return found;
    }

    private static NumberMention? ReadDigits(string text, Match match)
    {
        var end = match.Index + match.Length;
        var digits = match.Groups["num"].Value;
        if (end < text.Length && (text[end] == ':' || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsDigit(text[end + 1]))))
        {
            return null;
        }

        var grouped = digits.Length != digits.Count(char.IsDigit) + (digits.Contains('.') ? 1 : 0);
        var plain = new string(digits.Where(c => char.IsDigit(c) || c == '.').ToArray());
        if (!double.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var (unit, unitEnd, scale) = UnitAfter(text, end, allowAttached: true);
        if (unitEnd < 0 || Units.NamesAThing(WordBefore(text, match.Index)))
        {
            return null;
        }

        // Bare years and small unitless numbers ("1 in 10") are not figures a reader would look for.
        var isYear = !grouped && plain.Length == 4 && value is >= 1900 and <= 2100 && unit is null;
        var isBare = unit is null && scale == 1 && !grouped && !plain.Contains('.') && value < 100;
        if (isYear || isBare || IsDatePart(text, match.Index, end))
        {
            return null;
        }

        return new NumberMention(Tidy(text[match.Index..unitEnd]), value * scale, unit);
    }

    private static NumberMention? ReadWords(string text, int start, int end, int number)
    {
        if (end < text.Length && text[end] == '-')
        {
            return null;
        }

        var (unit, unitEnd, scale) = UnitAfter(text, end, allowAttached: false);
        if (unit is null || unitEnd < 0)
        {
            return null;
        }

        return new NumberMention(Tidy(text[start..unitEnd]), number * scale, unit);
    }

    /// <summary>Reads an optional scale ("million") and the unit or counted noun after a number; unitEnd -1 rejects the number.</summary>
    private static (string? Unit, int UnitEnd, double Scale) UnitAfter(string text, int position, bool allowAttached)
    {
        var scale = 1.0;
        if (position < text.Length && text[position] == '%')
        {
            return ("%", position + 1, scale);
        }

        var attached = WordAt(text, position);
        if (attached.Length > 0)
        {
            if (!allowAttached)
            {
                return (null, -1, scale);
            }

            if (attached is "B" or "bn")
            {
                return (null, position + attached.Length, 1_000_000_000);
            }

            if (WordNumbers.Scale(attached) is { } attachedScale && attached is "k" or "K" or "M")
            {
                return (null, position + attached.Length, attachedScale);
            }

            return Units.IsCompact(attached) ? (attached, position + attached.Length, scale) : (null, -1, scale);
        }

        var cursor = SkipSpace(text, position);
        var word = WordAt(text, cursor);
        if (word.Length > 0 && WordNumbers.Scale(word) is { } wordScale && word.Length > 2)
        {
            scale = wordScale;
            position = cursor + word.Length;
            cursor = SkipSpace(text, position);
            word = WordAt(text, cursor);
        }

        if (position < text.Length && text[position] == '-' && allowAttached)
        {
            var hyphenated = WordAt(text, position + 1);
            return hyphenated.Length > 1 && hyphenated.All(char.IsLower)
                ? (hyphenated, position + 1 + hyphenated.Length, scale)
                : (null, position, scale);
        }

        if (cursor < text.Length - 1 && text[cursor] == '°' && text[cursor + 1] is 'C' or 'F')
        {
            return ($"°{text[cursor + 1]}", cursor + 2, scale);
        }

        if (cursor == position || word.Length == 0)
        {
            return (null, position, scale);
        }

        if (Units.IsKnown(word))
        {
            return (word, cursor + word.Length, scale);
        }

        var wordEnd = cursor + word.Length;
        if (!Units.IsCountedNoun(word) || (wordEnd < text.Length && text[wordEnd] == '-'))
        {
            return (null, position, scale);
        }

        var second = WordAt(text, SkipSpace(text, cursor + word.Length));
        var secondStart = SkipSpace(text, cursor + word.Length);
        if ((!word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal)) && second.Length > 2 && second.EndsWith('s') && Units.IsCountedNoun(second) && secondStart > cursor + word.Length)
        {
            return ($"{word} {second}", secondStart + second.Length, scale);
        }

        return (word, cursor + word.Length, scale);
    }

    private static bool IsDatePart(string text, int start, int end) =>
        (start > 0 && text[start - 1] == '-' && start > 1 && char.IsDigit(text[start - 2]))
        || (end + 1 < text.Length && text[end] == '-' && char.IsDigit(text[end + 1]));

    private static int SkipSpace(string text, int position) =>
        position < text.Length && text[position] is ' ' or '\u00A0' or '\u202F' or '\u2009' ? position + 1 : position;

    private static string WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] is ' ' or '#' or '\u00A0' && position - end < 2)
        {
            end--;
        }

        var start = end;
        while (start > 0 && end - start < 20 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    private static string WordAt(string text, int position)
    {
        var end = position;
        while (end < text.Length && end - position < 40 && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[position..end];
    }

    private static string Tidy(string text) => string.Join(' ', text.Split([' ', '\u00A0', '\u202F', '\u2009', '\u2007'], StringSplitOptions.RemoveEmptyEntries));

    // A number not glued to a word, a version ("v88"), an id ("#2291") or a time ("02:10").
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,:/#$@\-])(?<num>\d{1,3}(?:[,\u00A0\u202F\u2009\u2007]\d{3})+(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?)", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Digits();
}
