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
        var all = cards as IReadOnlyList<Card> ?? cards.ToList();
        var questions = new HashSet<string>(StringComparer.Ordinal);
        var answers = new HashSet<string>(StringComparer.Ordinal);
        var clozeValues = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<int>();

        // Best first; equal scores keep generation order (the index breaks ties, so the unstable sort is safe).
        var byScore = new int[all.Count];
        for (var i = 0; i < byScore.Length; i++)
        {
            byScore[i] = i;
        }

        Array.Sort(byScore, (a, b) => all[b].Score.CompareTo(all[a].Score) is var c && c != 0 ? c : a.CompareTo(b));
        foreach (var i in byScore)
        {
            var card = all[i];
            var text = Normalized.Of(card);
            if (Rejection(card, text) is not null)
            {
                continue;
            }

            // Same question, or the same answer to the same kind of card, is the same thing asked twice.
            var answerKey = card.Kind + "|" + text.Answer;
            if (!questions.Add(text.Question) || !answers.Add(answerKey))
            {
                continue;
            }

            // A cloze whose every blank was already asked by a better cloze repeats it (every blank is recorded).
            if (card.Kind == CardKind.Cloze)
            {
                var fresh = false;
                foreach (var value in text.Parts)
                {
                    fresh |= clozeValues.Add(value);
                }

                if (!fresh)
                {
                    continue;
                }
            }

            kept.Add(i);
            if (kept.Count == cap)
            {
                break;
            }
        }

        // Hand the survivors back in the order they were generated, which follows the record (first card of an id).
        var position = new Dictionary<string, int>(all.Count, StringComparer.Ordinal);
        for (var i = 0; i < all.Count; i++)
        {
            position.TryAdd(all[i].Id, i);
        }

        return kept.Select(i => all[i]).OrderBy(c => position[c.Id]).ToList();
    }

    /// <summary>Why a card is not worth studying, or null when it is.</summary>
    public static string? Rejection(Card card) => Rejection(card, Normalized.Of(card));

    private static string? Rejection(Card card, Normalized text)
    {
        var answer = card.Answer.AsSpan().Trim();
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
        if (!namesItsOptions)
        {
            foreach (var part in text.Parts)
            {
                if (part.Length > 0 && ContainsPhrase(text.Question, part))
                {
                    return "answer appears in question";
                }
            }
        }

        if ((card.Kind == CardKind.Choice || namesItsOptions) && !ChoicesAreSound(card, text.Answer))
        {
            return "choices do not hold the answer exactly once";
        }

        return null;
    }

    private static bool IsFragment(ReadOnlySpan<char> answer)
    {
        while (true)
        {
            var newline = answer.IndexOf('\n');
            var line = (newline < 0 ? answer : answer[..newline]).TrimStart("- ").Trim();
            if (CardText.WordCount(line) < 3 && !HasDigit(line))
            {
                return true;
            }

            if (EndsDangling(line) || line.Count('(') != line.Count(')'))
            {
                return true;
            }

            if (newline < 0)
            {
                return false;
            }

            answer = answer[(newline + 1)..];
        }
    }

    private static bool HasDigit(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsDangling(ReadOnlySpan<char> line)
    {
        foreach (var ending in DanglingEndings)
        {
            if (line.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ChoicesAreSound(Card card, string normalizedAnswer)
    {
        if (card.Choices.Count < 2)
        {
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var matches = 0;
        foreach (var choice in card.Choices)
        {
            var normalized = CardText.Normalize(choice);
            if (!seen.Add(normalized))
            {
                return false;
            }

            matches += normalized == normalizedAnswer ? 1 : 0;
        }

        return matches == 1;
    }

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="haystack"/> as whole words (both normalised, single-spaced).</summary>
    private static bool ContainsPhrase(string haystack, string phrase)
    {
        var from = 0;
        while (from <= haystack.Length - phrase.Length)
        {
            var at = haystack.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var end = at + phrase.Length;
            if ((at == 0 || haystack[at - 1] == ' ') && (end == haystack.Length || haystack[end] == ' '))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>A card's question, answer and answer parts (its cloze blanks, or the answer) normalised once.</summary>
    private readonly record struct Normalized(string Question, string Answer, IReadOnlyList<string> Parts)
    {
        public static Normalized Of(Card card)
        {
            var answer = CardText.Normalize(card.Answer);
            IReadOnlyList<string> parts = card.Kind == CardKind.Cloze ? card.ClozeAnswers.Select(CardText.Normalize).ToArray() : [answer];
            return new Normalized(CardText.Normalize(card.Question ?? ""), answer, parts);
        }
    }
}
