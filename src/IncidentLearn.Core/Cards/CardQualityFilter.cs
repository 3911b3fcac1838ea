namespace IncidentLearn.Core.Cards;

/// <summary>
/// Keeps only cards worth studying: no empty or fragment answers, no answer given away by its question,
/// no two cards asking the same thing, and at most the cap per incident, keeping the best.
/// </summary>
public static class CardQualityFilter
{
    private static readonly string[] DanglingEndings = [" and", " or", " but", " the", " a", " to", " of", " with", ","];

    public static IReadOnlyList<Card> Apply(IEnumerable<Card> cards, int cap)
    {
        var questions = new HashSet<string>(StringComparer.Ordinal);
        var answers = new HashSet<string>(StringComparer.Ordinal);
        var clozeValues = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<(Card Card, int Order)>();
        var order = 0;
        foreach (var card in cards.Select((c, i) => (Card: c, Index: i)).OrderByDescending(c => c.Card.Score).ThenBy(c => c.Index).Select(c => c.Card))
        {
            order++;
            if (Rejection(card) is not null)
            {
                continue;
            }

            // Same question, or the same answer to the same kind of card, is the same thing asked twice.
            var answerKey = card.Kind + "|" + CardText.Normalize(card.Answer);
            if (!questions.Add(CardText.Normalize(card.Question)) || !answers.Add(answerKey))
            {
                continue;
            }

            // A cloze whose every blank was already asked by a better cloze repeats it.
            if (card.Kind == CardKind.Cloze && !card.ClozeAnswers.Select(CardText.Normalize).Aggregate(false, (fresh, a) => clozeValues.Add(a) | fresh))
            {
                continue;
            }

            kept.Add((card, order));
            if (kept.Count == cap)
            {
                break;
            }
        }

        // Hand the survivors back in the order they were generated, which follows the record.
        var position = cards.Select((c, i) => (c.Id, i)).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().i);
        return kept.Select(k => k.Card).OrderBy(c => position[c.Id]).ToList();
    }

    /// <summary>Why a card is not worth studying, or null when it is.</summary>
    public static string? Rejection(Card card)
    {
        var answer = card.Answer.Trim();
        if (string.IsNullOrWhiteSpace(card.Question) || answer.Length == 0)
        {
            return "empty question or answer";
        }

        if (card.Kind is CardKind.Qa && IsFragment(answer))
        {
            return "fragment answer";
        }

        // A which-came-first card names both options in its question by design; its choices are checked below.
        var namesItsOptions = card.Kind == CardKind.Order && card.Choices.Count > 0;
        var question = CardText.Normalize(card.Question);
        var parts = card.Kind == CardKind.Cloze ? card.ClozeAnswers : [answer];
        if (!namesItsOptions && parts.Any(p => CardText.Normalize(p) is { Length: > 0 } a && ContainsPhrase(question, a)))
        {
            return "answer appears in question";
        }

        if ((card.Kind == CardKind.Choice || namesItsOptions) && !ChoicesAreSound(card))
        {
            return "choices do not hold the answer exactly once";
        }

        return null;
    }

    private static bool IsFragment(string answer)
    {
        var lines = answer.Split('\n');
        foreach (var line in lines.Select(l => l.TrimStart('-', ' ').Trim()))
        {
            var words = CardText.WordCount(line);
            if (words < 3 && !line.Any(char.IsDigit))
            {
                return true;
            }

            if (DanglingEndings.Any(e => line.EndsWith(e, StringComparison.OrdinalIgnoreCase)) || line.Count(c => c == '(') != line.Count(c => c == ')'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ChoicesAreSound(Card card)
    {
        var normalized = card.Choices.Select(CardText.Normalize).ToList();
        return card.Choices.Count >= 2
            && normalized.Distinct().Count() == normalized.Count
            && normalized.Count(c => c == CardText.Normalize(card.Answer)) == 1;
    }

    private static bool ContainsPhrase(string haystack, string phrase) =>
        (" " + haystack + " ").Contains(" " + phrase + " ", StringComparison.Ordinal);
}
