using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Stories;

/// <summary>Splits prose into sentences and tidies fragments into sentences that can be spoken.</summary>
public static partial class Sentences
{
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d""“‘(])")]
    private static partial Regex Boundary();

    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var flat = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return Boundary().Split(flat).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }

    /// <summary>A fragment such as "Writes resumed" becomes "Writes resumed."; a capital goes first.</summary>
    public static string Finish(string text)
    {
        var trimmed = text.Trim().TrimEnd(';', ',', ':', '-', '–');
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        trimmed = char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
        return trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    /// <summary>Ends a clause with a full stop without touching its first letter (for text after a colon).</summary>
    public static string EndWithPeriod(string text)
    {
        var trimmed = text.Trim().TrimEnd(';', ',', ':');
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    /// <summary>Lower-cases the first letter unless the word looks like a name or an acronym ("Postgres", "API").</summary>
    public static string LowerFirst(string text, string properNounEvidence)
    {
        if (text.Length < 2 || char.IsLower(text[0]))
        {
            return text;
        }

        var firstWord = text.Split(' ', 2)[0].TrimEnd(',', '.', ':');
        if (firstWord.Length > 1 && firstWord.Skip(1).Any(char.IsUpper))
        {
            return text;
        }

        // A word written with a capital mid-sentence elsewhere, or only ever with a capital, is a name: keep it.
        var word = Regex.Escape(firstWord);
        if (Regex.IsMatch(properNounEvidence, $@"[\p{{Ll}},]\s+{word}\b")
            || (Regex.IsMatch(properNounEvidence, $@"\b{word}\b")
                && !Regex.IsMatch(properNounEvidence, $@"\b{char.ToLowerInvariant(firstWord[0])}{Regex.Escape(firstWord[1..])}\b")))
        {
            return text;
        }

        return char.ToLowerInvariant(text[0]) + text[1..];
    }
}
