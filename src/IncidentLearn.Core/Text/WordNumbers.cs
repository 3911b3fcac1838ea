namespace IncidentLearn.Core.Text;

/// <summary>English number words ("ten", "twenty-five", "two hundred") and scale words ("million").</summary>
public static class WordNumbers
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100,
        ["thousand"] = 1_000,
        ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
        ["k"] = 1_000,
        ["m"] = 1_000_000,
        ["bn"] = 1_000_000_000,
    };

    /// <summary>"twenty-five" → 25, "seven" → 7; null when the word is no number.</summary>
    public static int? Parse(string word)
    {
        var dash = word.IndexOf('-');
        if (dash > 0 && Units.TryGetValue(word[..dash], out var tens) && tens >= 20 && tens % 10 == 0
            && Units.TryGetValue(word[(dash + 1)..], out var ones) && ones is > 0 and < 10)
        {
            return tens + ones;
        }

        return Units.TryGetValue(word, out var value) ? value : null;
    }

    public static double? Scale(string word) => Scales.TryGetValue(word, out var value) ? value : null;
}
