using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Cards;

/// <summary>Spans of a sentence worth blanking: figures, durations, tools and decisions, best first.</summary>
internal static partial class ClozeCandidates
{
    public readonly record struct Span(int Index, int Length, double Worth);

    public static List<Span> Find(string sentence, IReadOnlyCollection<string> tools)
    {
        var spans = new List<Span>();
        foreach (var (index, length, kind) in Figures.Find(sentence))
        {
            var text = sentence.AsSpan(index, length);
            var worth = kind switch
            {
                "money" => 1.0,
                "duration" => 0.9,
                "figure" when HasLetter(text) || text.Contains('%') => 0.85,
                "figure" when IsYear(text) || text.Length < 2 => 0,
                "figure" => 0.6,
                _ => 0.5,
            };
            if (worth > 0)
            {
                spans.Add(new Span(index, length, worth));
            }
        }

        foreach (Match m in Decision().Matches(sentence))
        {
            var group = m.Groups["what"];
            spans.Add(new Span(group.Index, group.Length, 0.8));
        }

        foreach (var m in ToolLike().EnumerateMatches(sentence))
        {
            var value = sentence.AsSpan(m.Index, m.Length);
            if (value.Contains('_') || HasDigit(value) || tools.Contains(value.ToString()))
            {
                spans.Add(new Span(m.Index, m.Length, 0.7));
            }
        }

        // Best first; an overlapping weaker span is dropped so deletions never nest.
        var order = new int[spans.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Worth, then position, then the order found: the same order a stable sort on worth and position gives.
        Array.Sort(order, (a, b) =>
            spans[b].Worth.CompareTo(spans[a].Worth) is var byWorth && byWorth != 0 ? byWorth
            : spans[a].Index.CompareTo(spans[b].Index) is var byIndex && byIndex != 0 ? byIndex
            : a.CompareTo(b));
        var kept = new List<Span>();
        foreach (var i in order)
        {
            var span = spans[i];
            if (!Overlaps(kept, span))
            {
                kept.Add(span);
            }
        }

        return kept;
    }

    private static bool Overlaps(List<Span> kept, Span span)
    {
        foreach (var k in kept)
        {
            if (span.Index < k.Index + k.Length && k.Index < span.Index + span.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYear(ReadOnlySpan<char> text) => text.Length == 4 && int.TryParse(text, out var y) && y is > 1900 and < 2100;

    // What was chosen: "decided together to drop it", "chose to roll back", "instead of purging the queue".
    [GeneratedRegex(@"\b(?:decided(?: together)? to|chose to|agreed to|opted to|instead of)\s(?<what>[^,.;:]{3,60}?)(?=[,.;:]|\s(?:because|so|while|which|and then)\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Decision();

    [GeneratedRegex(@"(?<![\w/-])[A-Za-z][\w]*(?:[-_.][\w]+)+(?![\w/-])")]
    private static partial Regex ToolLike();
}
