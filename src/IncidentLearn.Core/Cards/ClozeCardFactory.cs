using System.Text;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Cards;

/// <summary>Cloze cards: a key sentence with its figures, durations, tools or decisions blanked ("set to {{c1::20}}").</summary>
internal static class ClozeCardFactory
{
    private const int MaxDeletionsPerSentence = 2;
    private const int MaxWordsPerSentence = 45;

    public static IEnumerable<Card> Create(IncidentRecord record, CardDraft draft)
    {
        var tools = new HashSet<string>(record.Services, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, source, weight) in Fields(record))
        {
            var sentences = CardText.Sentences(text);
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                if (CardText.WordCount(sentence) > MaxWordsPerSentence || !seen.Add(CardText.Normalize(sentence)))
                {
                    continue;
                }

                var spans = ClozeCandidates.Find(sentence, tools).Take(MaxDeletionsPerSentence).OrderBy(s => s.Index).ToList();
                if (spans.Count > 0)
                {
                    yield return Build(draft, sentence, spans, $"cloze:{source}:{i}", source, weight);
                }
            }
        }
    }

    private static Card Build(CardDraft draft, string sentence, List<ClozeCandidates.Span> spans, string facet, string source, double weight)
    {
        var cloze = new StringBuilder();
        var shown = new StringBuilder();
        var answers = new List<string>();
        var at = 0;
        foreach (var span in spans)
        {
            var value = sentence.Substring(span.Index, span.Length);
            answers.Add(value);
            cloze.Append(sentence, at, span.Index - at).Append("{{c").Append(answers.Count).Append("::").Append(value).Append("}}");
            shown.Append(sentence, at, span.Index - at).Append("[…]");
            at = span.Index + span.Length;
        }

        cloze.Append(sentence, at, sentence.Length - at);
        shown.Append(sentence, at, sentence.Length - at);
        var score = weight * spans.Average(s => s.Worth);
        return draft.Make(CardKind.Cloze, facet, $"In {draft.QuotedTitle}: {shown}", string.Join("; ", answers), source, score) with
        {
            Cloze = cloze.ToString(),
            ClozeAnswers = answers,
        };
    }

    private static IEnumerable<(string? Text, string Source, double Weight)> Fields(IncidentRecord record)
    {
        yield return (record.Impact, "impact", 0.95);
        yield return (record.Summary, "summary", 0.9);
        for (var i = 0; i < record.RootCauses.Count; i++)
        {
            yield return (record.RootCauses[i], $"rootCauses[{i}]", 0.9);
        }

        yield return (record.Resolution, "resolution", 0.85);
        yield return (record.Detection, "detection", 0.8);
        yield return (record.Trigger, "trigger", 0.75);
        yield return (record.Star.Action, "star.action", 0.75);
        yield return (record.Star.Result, "star.result", 0.8);
        for (var i = 0; i < record.ContributingFactors.Count; i++)
        {
            yield return (record.ContributingFactors[i], $"contributingFactors[{i}]", 0.7);
        }

        for (var i = 0; i < record.ActionItems.Count; i++)
        {
            yield return (record.ActionItems[i].Text, $"actionItems[{i}]", 0.7);
        }
    }
}
