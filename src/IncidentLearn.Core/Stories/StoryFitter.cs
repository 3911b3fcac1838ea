namespace IncidentLearn.Core.Stories;

/// <summary>
/// Chooses whole sentences for each part so the answer passes the coach's own checks wherever the record holds
/// the material: in its word range, the action 50–60 % of it, a figure in the result. Each part's best tellings
/// for every length (<see cref="PartChoice.BestOf"/>) are combined and the best answer by <see cref="FitScore"/>
/// wins. It never pads with words the record does not hold: where the record is too thin, the answer stays in
/// its range and the coach says what is missing.
/// </summary>
public static class StoryFitter
{
    public static IReadOnlyDictionary<StarPart, List<DraftSentence>> Fit(IReadOnlyList<PartDraft> drafts, StoryLength length)
    {
        var usable = RepeatedSentences.Without(drafts);
        var authored = drafts.Where(d => d.Authored).Select(d => d.Part).ToHashSet();
        var choices = StarPartNames.InOrder.ToDictionary(part => part, part =>
            PartChoice.BestOf(part, usable[part], length, countLeftOut: length.KeepsAuthoredSentences && authored.Contains(part)));
        // Longer than the range is never better, unless even the shortest telling of every part is longer.
        var longest = Math.Max(length.MaxWords, choices.Values.Sum(c => c.Min(x => x.Words)));

        // Situation, task and result are combined first, keeping the best for each length and figure, then met with the action.
        var rest = new[] { StarPart.Situation, StarPart.Task, StarPart.Result }
            .Aggregate((IReadOnlyList<Telling>)[Telling.Empty], (tellings, part) => Combine(tellings, choices[part], longest));
        var (action, others) = choices[StarPart.Action]
            .SelectMany(a => rest.Where(r => a.Words + r.Words <= longest).Select(r => (Action: a, Others: r)))
            .MinBy(x => FitScore.Of(x.Action, x.Others, length), Comparer<FitScore>.Default);
        return others.Parts.Append(action).ToDictionary(c => c.Part, c => c.Sentences.OrderBy(s => s.Order).ToList());
    }

    private static IReadOnlyList<Telling> Combine(IReadOnlyList<Telling> tellings, IReadOnlyList<PartChoice> choices, int longest)
    {
        var best = new Dictionary<(int Words, bool Figure), Telling>();
        foreach (var telling in tellings)
        {
            foreach (var choice in choices.Where(c => telling.Words + c.Words <= longest))
            {
                var key = (telling.Words + choice.Words, telling.HasFigure || choice.HasFigure);
                if (!best.TryGetValue(key, out var held) || telling.IsBetterWith(choice, held))
                {
                    best[key] = telling.With(choice);
                }
            }
        }

        return [.. best.Values];
    }
}
