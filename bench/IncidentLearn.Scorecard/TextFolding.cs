using System.Text;

namespace IncidentLearn.Scorecard;

/// <summary>
/// How expected phrases are compared with what the reader filled: case and punctuation folded to single spaces,
/// and phrases matched on whole words so "pool" does not match inside "spool".
/// </summary>
public static class TextFolding
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "into", "as",
        "is", "was", "were", "be", "been", "it", "its", "this", "that", "our", "we", "us", "how", "what", "why",
    ];

    public static string Fold(string? text)
    {
        var folded = new StringBuilder(text?.Length ?? 0);
        var pendingSpace = false;
        foreach (var c in text ?? "")
        {
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }

    /// <summary>True when the folded phrase appears in the folded text as whole words.</summary>
    public static bool ContainsPhrase(string? text, string phrase)
    {
        var needle = Fold(phrase);
        return needle.Length > 0 && $" {Fold(text)} ".Contains($" {needle} ", StringComparison.Ordinal);
    }

    public static IReadOnlyList<string> Words(string? text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The words that carry meaning; all words when the text is nothing but stop words.</summary>
    public static IReadOnlyList<string> ContentWords(string? text)
    {
        var words = Words(text).Distinct().ToList();
        var content = words.Where(w => !StopWords.Contains(w)).ToList();
        return content.Count > 0 ? content : words;
    }

    /// <summary>Case and runs of white space folded, punctuation kept: for page chrome, which is matched as written.</summary>
    public static string FoldCase(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
