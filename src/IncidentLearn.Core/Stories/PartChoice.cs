namespace IncidentLearn.Core.Stories;

/// <summary>
/// One way to tell a part: some of its candidate sentences, and what the fitter weighs in them. Loss is what
/// the telling gives up: its important sentences passed over for less important ones, and its distance from
/// the part's usual share of the answer. AuthoredLeftOut counts the author's sentences left out of an answer that
/// should keep them (<see cref="StoryLength.KeepsAuthoredSentences"/>), and is 0 elsewhere.
/// </summary>
internal sealed record PartChoice(StarPart Part, IReadOnlyList<DraftSentence> Sentences, int Words, int AuthoredLeftOut, double Loss, bool HasFigure)
{
    /// <summary>Passing over a part's most important sentence is worth it only to bring the part this many words closer to its share.</summary>
    public const double WordsPerSkippedSentence = 20;

    /// <summary>
    /// The best telling of a part for every number of words it can take (and, apart, with and without a figure the
    /// coach counts): found by walking the candidates from the least important up, so a sentence passed over costs
    /// how much the part needs it (1 for its most important, ½ for the next…) only when a less important one is told.
    /// A part that has sentences is never left empty.
    /// </summary>
    /// <param name="countLeftOut">Fewest sentences left out comes first (the author's own words in a full answer).</param>
    public static IReadOnlyList<PartChoice> BestOf(StarPart part, IReadOnlyList<DraftSentence> candidates, StoryLength length, bool countLeftOut)
    {
        var ranked = candidates.OrderBy(c => c.Priority).ThenBy(c => c.Order).ToList();
        var ideal = StoryLength.ShareOf(part) * length.TargetWords;
        if (ranked.Count == 0)
        {
            return [new PartChoice(part, [], 0, 0, ideal, false)];
        }

        // The scene is what the rest of the answer stands on: a situation tells its most important sentence, unless
        // that sentence alone is longer than the situation's share of the longest answer.
        var mustTellFirst = part == StarPart.Situation && ranked[0].Words <= StoryLength.ShareOf(part) * length.MaxWords;

        // The best telling so far for each state: words told, a figure among them, anything told yet.
        var states = new Partial?[(length.MaxWords + 1) * 4];
        states[State(0, false, false)] = new(0, 0, null);
        for (var r = ranked.Count - 1; r >= 0; r--)
        {
            var next = new Partial?[states.Length];
            var figure = HasCountedFigure(ranked[r]);
            for (var state = 0; state < states.Length; state++)
            {
                if (states[state] is not { } partial)
                {
                    continue;
                }

                var (words, hasFigure, any) = (state / 4, (state & 2) != 0, (state & 1) != 0);
                if (r > 0 || !mustTellFirst)
                {
                    Keep(next, state, any ? partial.Skip(1.0 / (r + 1)) : partial with { LeftOut = partial.LeftOut + 1 }, countLeftOut);
                }

                if (words + ranked[r].Words <= length.MaxWords)
                {
                    Keep(next, State(words + ranked[r].Words, hasFigure || figure, true), partial with { Told = new(r, partial.Told) }, countLeftOut);
                }
            }

            states = next;
        }

        var choices = new List<PartChoice>();
        for (var state = State(0, false, true); state < states.Length; state += 2)
        {
            if (states[state] is { } told)
            {
                var words = state / 4;
                var loss = (WordsPerSkippedSentence * told.Skipped) + Math.Abs(words - ideal);
                choices.Add(new PartChoice(part, told.Sentences(ranked), words, countLeftOut ? told.LeftOut : 0, loss, (state & 2) != 0));
            }
        }

        return choices;
    }

    private static int State(int words, bool figure, bool any) => (words * 4) + (figure ? 2 : 0) + (any ? 1 : 0);

    /// <summary>The coach counts a result's figures, except in the list of changes made afterwards.</summary>
    private static bool HasCountedFigure(DraftSentence s) =>
        !s.Field.StartsWith("actionItems", StringComparison.Ordinal) && StatedFigureFinder.Find(s.Text, s.Field).Count > 0;

    private static void Keep(Partial?[] states, int state, Partial partial, bool countLeftOut)
    {
        if (states[state] is not { } held || partial.IsBetterThan(held, countLeftOut))
        {
            states[state] = partial;
        }
    }

    /// <summary>A telling under construction: sentences left out, the weight of those passed over, and the ranks told.</summary>
    private sealed record Partial(int LeftOut, double Skipped, Told? Told)
    {
        public Partial Skip(double weight) => this with { LeftOut = LeftOut + 1, Skipped = Skipped + weight };

        public bool IsBetterThan(Partial other, bool countLeftOut) =>
            countLeftOut && LeftOut != other.LeftOut ? LeftOut < other.LeftOut : Skipped < other.Skipped;

        public IReadOnlyList<DraftSentence> Sentences(IReadOnlyList<DraftSentence> ranked)
        {
            var sentences = new List<DraftSentence>();
            for (var told = Told; told is not null; told = told.Next)
            {
                sentences.Add(ranked[told.Rank]);
            }

            return sentences;
        }
    }

    private sealed record Told(int Rank, Told? Next);
}
