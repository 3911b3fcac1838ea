using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Cards;

/// <summary>
/// Multiple-choice cards. Wrong options come from the same field of the user's other incidents, or are
/// the card's own figure perturbed; never from the right answer itself.
/// </summary>
internal static class ChoiceCardFactory
{
    public static IEnumerable<Card> Create(IncidentRecord record, CardDraft draft, DistractorIndex index, int choiceCount)
    {
        var t = draft.QuotedTitle;
        var fromOthers = new (string Field, string? Right, string Question, string Source, double Score)[]
        {
            (DistractorIndex.RootCause, record.RootCauses.FirstOrDefault(r => !string.IsNullOrWhiteSpace(r)), $"Which of these was a root cause of {t}?", "rootCauses", 0.8),
            (DistractorIndex.Trigger, CardText.FirstSentences(record.Trigger, 40, 1), $"Which of these set off {t}?", "trigger", 0.7),
            (DistractorIndex.Detection, CardText.FirstSentences(record.Detection, 40, 1), $"Which of these is how {t} was detected?", "detection", 0.7),
            (DistractorIndex.PreventiveAction, record.ActionItems.FirstOrDefault(a => a.Type == ActionType.Prevent)?.Text, $"Which of these preventive measures was put in place after {t}?", "actionItems", 0.75),
        };
        foreach (var (field, right, question, source, score) in fromOthers)
        {
            if (string.IsNullOrWhiteSpace(right))
            {
                continue;
            }

            var facet = $"choice:{field}";
            var answer = CardText.Collapse(right);
            var wrong = index.Pick(field, record.Id, answer, choiceCount - 1, CardId.StableNumber(draft.Title + facet));
            if (wrong.Count >= 2)
            {
                yield return WithChoices(draft.Make(CardKind.Choice, facet, question, answer, source, score), wrong);
            }
        }

        if (FigureQuestion(record, draft) is { } figureCard)
        {
            yield return figureCard;
        }
    }

    /// <summary>The impact's most telling figure, blanked, with perturbed figures as the wrong options.</summary>
    private static Card? FigureQuestion(IncidentRecord record, CardDraft draft)
    {
        foreach (var sentence in CardText.Sentences(record.Impact).Concat(CardText.Sentences(record.Summary)))
        {
            var span = ClozeCandidates.Find(sentence, []).FirstOrDefault(s => s.Worth >= 0.6);
            if (span.Length == 0)
            {
                continue;
            }

            var figure = sentence.Substring(span.Index, span.Length);
            var wrong = Figures.Perturb(figure).Where(w => !sentence.Contains(w, StringComparison.Ordinal)).Take(3).ToList();
            if (wrong.Count < 2)
            {
                continue;
            }

            var blanked = sentence[..span.Index] + "____" + sentence[(span.Index + span.Length)..];
            var card = draft.Make(CardKind.Choice, "choice:figure", $"In {draft.QuotedTitle}, which figure fills the gap? {blanked}", figure, "impact", 0.8);
            return WithChoices(card, wrong);
        }

        return null;
    }

    private static Card WithChoices(Card card, IReadOnlyList<string> wrong)
    {
        var choices = wrong.ToList();
        // The right option's place is fixed by the card id, so it moves between cards but not between runs.
        choices.Insert((int)(CardId.StableNumber(card.Id) % (choices.Count + 1)), card.Answer);
        return card with { Choices = choices };
    }
}
