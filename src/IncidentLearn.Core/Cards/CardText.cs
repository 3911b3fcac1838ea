using System.Buffers;

namespace IncidentLearn.Core.Cards;

/// <summary>Small text operations the card factories share: sentences, trimming, comparing.</summary>
public static class CardText
{
    public static IReadOnlyList<string> Sentences(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // Collapsed text holds only single spaces, so a break is one space between an end mark and a sentence start.
        var collapsed = Collapse(text);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 1; i + 1 < collapsed.Length; i++)
        {
            if (collapsed[i] == ' ' && collapsed[i - 1] is '.' or '!' or '?' && StartsSentence(collapsed[i + 1]))
            {
                AddTrimmed(sentences, collapsed[start..i]);
                start = i + 1;
            }
        }

        AddTrimmed(sentences, start == 0 ? collapsed : collapsed[start..]);
        return sentences;
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

    /// <summary>Every run of white space (as Regex \s, which is char.IsWhiteSpace) becomes one space; ends trimmed.</summary>
    public static string Collapse(string text)
    {
        if (IsCollapsed(text))
        {
            return text;
        }

        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }

    /// <summary>How many runs of non-white-space characters the text holds.</summary>
    public static int WordCount(string text) => WordCount(text.AsSpan());

    internal static int WordCount(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                words++;
            }

            inWord = !isSpace;
        }

        return words;
    }

    /// <summary>Letters and digits only, lower case: what two phrasings of the same thing share.</summary>
    public static string Normalize(string text)
    {
        // Called for every card several times: a pooled buffer (no zeroing) and a table for ASCII keep it cheap.
        var rented = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        var buffer = rented.AsSpan();
        var table = AsciiFold;
        var length = 0;
        foreach (var c in text)
        {
            var lower = c < 128 ? (char)table[c] : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
            if (lower != '\0')
            {
                buffer[length++] = lower;
            }
            else if (length > 0 && buffer[length - 1] != ' ')
            {
                buffer[length++] = ' ';
            }
        }

        if (length > 0 && buffer[length - 1] == ' ')
        {
            length--;
        }

        var result = length == text.Length && text.AsSpan().SequenceEqual(buffer[..length]) ? text : new string(buffer[..length]);
        ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    // ASCII letters and digits to their lower-case form, everything else to 0 (what IsLetterOrDigit and ToLowerInvariant give).
    private static ReadOnlySpan<byte> AsciiFold =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)'0', (byte)'1', (byte)'2', (byte)'3', (byte)'4', (byte)'5', (byte)'6', (byte)'7', (byte)'8', (byte)'9', 0, 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
    ];

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

    /// <summary>The test <see cref="ContentWords"/> applies to each word of normalised text.</summary>
    internal static bool IsContentWord(ReadOnlySpan<char> word) => word.Length > 2 && !StopWordLookup.Contains(word);

    private static readonly HashSet<string> StopWords =
    [
        "the", "and", "was", "were", "what", "why", "how", "did", "does", "who", "when", "which", "with", "for",
        "this", "that", "had", "has", "have", "from", "into", "only", "not", "its", "their", "our", "you", "your",
        "are", "can", "could", "would", "should", "been", "being", "than", "then", "there", "they", "them", "any",
        "all", "one", "out", "far", "gone",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int StackLimit = 512;

    // A sentence ends at . ! ? followed by a capital, digit or quote, so "e.g. the" and "v1.2" stay whole.
    private static bool StartsSentence(char c) => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '“' or '"' or '\'' or '(';

    private static void AddTrimmed(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    // Already collapsed: no white space but single inner spaces, which is most card text.
    private static bool IsCollapsed(string text) =>
        text.Length == 0
        || (text[0] != ' ' && text[^1] != ' ' && text.AsSpan().IndexOfAny(WhiteSpaceButSpace) < 0 && !text.Contains("  ", StringComparison.Ordinal));

    // Every char for which char.IsWhiteSpace is true, except the plain space.
    private static readonly SearchValues<char> WhiteSpaceButSpace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c)).ToArray());
}
