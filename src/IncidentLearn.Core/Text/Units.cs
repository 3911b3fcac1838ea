namespace IncidentLearn.Core.Text;

/// <summary>What may follow a number as its unit: measurement units, and plain nouns that say what was counted.</summary>
internal static class Units
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "ms", "s", "sec", "secs", "seconds", "second", "min", "mins", "minute", "minutes", "h", "hr", "hrs",
        "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "KB", "MB", "GB", "TB", "PB", "KiB", "MiB", "GiB", "TiB", "kB", "Mbps", "Gbps", "rps", "qps", "RPS", "QPS",
        "percent", "x", "USD", "EUR", "GBP", "k", "K",
    };

    private static readonly HashSet<string> Compact = new(StringComparer.Ordinal)
    {
        "ms", "s", "sec", "min", "mins", "h", "hr", "hrs", "d", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB",
        "kB", "x", "rps", "qps", "Mbps", "Gbps",
    };

    private static readonly HashSet<string> NotNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "from", "by", "with", "than", "per",
        "was", "were", "is", "are", "be", "been", "had", "has", "have", "it", "its", "that", "this", "then",
        "we", "i", "they", "he", "she", "you", "our", "my", "their", "before", "after", "into", "over", "under",
        "about", "instead", "every", "each", "more", "less", "not", "no", "so", "as", "if", "but", "while",
        "when", "which", "who", "later", "ago", "earlier", "times", "out", "up", "down", "off", "all", "were",
        "did", "do", "does", "would", "could", "should", "will", "can", "may", "also", "only", "just", "again",
        "there", "here", "until", "since", "between", "among", "through", "during", "without", "within", "across",
        "other", "others", "went", "got", "came", "made", "left", "still", "both", "these", "those", "such",
    };

    public static bool IsKnown(string word) => Known.Contains(word);

    public static bool IsCompact(string word) => Compact.Contains(word);

    public static bool IsCountedNoun(string word) =>
        word.Length > 1 && char.IsLower(word[0]) && !NotNouns.Contains(word)
        && !word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>Words after which a number names a thing rather than counting it: "version 4.0", "HTTP 500", "error 503".</summary>
    public static bool NamesAThing(string word) => NamingWords.Contains(word);

    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "version", "firmware", "release", "build", "http", "status", "error", "code", "port", "sev", "severity",
        "incident", "ticket", "issue", "bug", "pr", "room", "zone", "step", "phase", "question", "chapter", "no",
    };
}
