using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Stories;

/// <summary>Counting spoken words and finding content words, the same way everywhere.</summary>
public static partial class Words
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "is", "was",
        "were", "be", "been", "it", "its", "this", "that", "these", "those", "i", "we", "my", "our", "me", "us", "you",
        "your", "had", "has", "have", "did", "do", "so", "not", "no", "then", "than", "into", "out", "up", "all", "any",
        "every", "which", "who", "what", "when", "while", "there", "their", "they", "them", "he", "she", "his", "her",
        "about", "after", "before", "over", "under", "again", "also", "only", "once", "would", "could", "should", "can",
        "will", "time", "tell", "describe", "give", "example", "walk", "through", "how", "why", "where", "something",
    };

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’_\-./%€$£]*")]
    private static partial Regex WordPattern();

    /// <summary>Words a person would say: tokens holding a letter or digit ("–" alone is not a word).</summary>
    public static int Count(string? text) => string.IsNullOrWhiteSpace(text)
        ? 0
        : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(t => t.Any(char.IsLetterOrDigit));

    public static IEnumerable<string> Tokens(string? text) => text is null
        ? []
        : WordPattern().Matches(text).Select(m => m.Value.Trim('.', '-', '/', '\'', '’').ToLowerInvariant()).Where(t => t.Length > 0);

    /// <summary>Lower-case words that carry meaning, lightly stemmed so "deploys" meets "deploy".</summary>
    public static HashSet<string> ContentWords(string? text) =>
        Tokens(text).Where(t => t.Length > 2 && !StopWords.Contains(t)).Select(Stem).ToHashSet(StringComparer.Ordinal);

    public static string Stem(string word)
    {
        foreach (var suffix in (string[])["ing", "ed", "es", "s"])
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    /// <summary>Share of the smaller set's words found in the other: 1 when one part repeats another.</summary>
    public static double Overlap(string? a, string? b) => Overlap(ContentWords(a), ContentWords(b));

    /// <summary>The same, for content words found once and compared many times.</summary>
    public static double Overlap(IReadOnlySet<string> x, IReadOnlySet<string> y)
    {
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
        return small.Count(large.Contains) / (double)small.Count;
    }
}
