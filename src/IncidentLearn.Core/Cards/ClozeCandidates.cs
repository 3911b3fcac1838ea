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
            var text = sentence.Substring(index, length);
            var worth = kind switch
            {
                "money" => 1.0,
                "duration" => 0.9,
                "figure" when text.Any(char.IsLetter) || text.Contains('%') => 0.85,
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

        foreach (Match m in ToolLike().Matches(sentence))
        {
            if (tools.Contains(m.Value) || m.Value.Contains('_') || m.Value.Any(char.IsDigit))
            {
                spans.Add(new Span(m.Index, m.Length, 0.7));
            }
        }

        // Best first; an overlapping weaker span is dropped so deletions never nest.
        var kept = new List<Span>();
        foreach (var span in spans.OrderByDescending(s => s.Worth).ThenBy(s => s.Index))
        {
            if (!kept.Any(k => span.Index < k.Index + k.Length && k.Index < span.Index + span.Length))
            {
                kept.Add(span);
            }
        }

        return kept;
    }

    private static bool IsYear(string text) => text.Length == 4 && int.TryParse(text, out var y) && y is > 1900 and < 2100;

    // What was chosen: "decided together to drop it", "chose to roll back", "instead of purging the queue".
    [GeneratedRegex(@"\b(?:decided(?: together)? to|chose to|agreed to|opted to|instead of)\s(?<what>[^,.;:]{3,60}?)(?=[,.;:]|\s(?:because|so|while|which|and then)\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Decision();

    [GeneratedRegex(@"(?<![\w/-])[A-Za-z][\w]*(?:[-_.][\w]+)+(?![\w/-])")]
    private static partial Regex ToolLike();
}
