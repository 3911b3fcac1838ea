using System.Text;
using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Cards;

/// <summary>Small text operations the card factories share: sentences, trimming, comparing.</summary>
public static partial class CardText
{
    public static IReadOnlyList<string> Sentences(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return SentenceBreak().Split(Collapse(text)).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }

    /// <summary>Whole sentences from the start, up to about <paramref name="maxWords"/> words (at least one sentence).</summary>
    public static string FirstSentences(string? text, int maxWords, int maxSentences = 2)
    {
        var kept = new List<string>();
        var words = 0;
        foreach (var sentence in Sentences(text))
        {
            var count = WordCount(sentence);
            if (kept.Count > 0 && (words + count > maxWords || kept.Count >= maxSentences))
            {
                break;
            }

            kept.Add(sentence);
            words += count;
        }

        return string.Join(" ", kept);
    }

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    public static int WordCount(string text) => Whitespace().Split(text.Trim()).Count(w => w.Length > 0);

    /// <summary>Letters and digits only, lower case: what two phrasings of the same thing share.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>One item stays plain text; several become "- " lines.</summary>
    public static string AsList(IEnumerable<string> items)
    {
        var kept = items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(Collapse).ToList();
        return kept.Count == 1 ? kept[0] : string.Join("\n", kept.Select(i => "- " + i));
    }

    public static string Quote(string title) => "“" + Collapse(title) + "”";

    /// <summary>A short label for a timeline event: its first clause, cut at a word boundary.</summary>
    public static string Shorten(string text, int maxChars = 90)
    {
        var first = Sentences(text).FirstOrDefault() ?? "";
        first = first.TrimEnd('.', ' ');
        if (first.Length <= maxChars)
        {
            return first;
        }

        var cut = first.LastIndexOf(' ', maxChars);
        return first[..(cut > 20 ? cut : maxChars)].TrimEnd(',', ';', ' ') + "…";
    }

    public static IEnumerable<string> ContentWords(string text) =>
        Normalize(text).Split(' ').Where(w => w.Length > 2 && !StopWords.Contains(w));

    private static readonly HashSet<string> StopWords =
    [
        "the", "and", "was", "were", "what", "why", "how", "did", "does", "who", "when", "which", "with", "for",
        "this", "that", "had", "has", "have", "from", "into", "only", "not", "its", "their", "our", "you", "your",
        "are", "can", "could", "would", "should", "been", "being", "than", "then", "there", "they", "them", "any",
        "all", "one", "out", "far", "gone",
    ];

    // A sentence ends at . ! ? followed by a capital, digit or quote, so "e.g. the" and "v1.2" stay whole.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9“""'(])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
