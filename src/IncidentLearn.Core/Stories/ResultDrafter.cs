namespace IncidentLearn.Core.Stories;

/// <summary>Drafts a result from the outcome: sentences carrying figures, measured figures, and what changed afterwards.</summary>
public static class ResultDrafter
{
    public static PartDraft Draft(StoryContext context)
    {
        var record = context.Record;
        var candidates = new List<DraftSentence>();
        AddFigureSentences(candidates, record.Impact, "impact", 0);
        AddFigureSentences(candidates, string.Join(' ', BackReferences.SelfContained(record.Summary).Skip(1)), "summary", 10);

        var measured = context.Figures.Where(f => f.Source == MeasuredFigure.Measured).Take(2).ToList();
        for (var i = 0; i < measured.Count; i++)
        {
            var f = measured[i];
            candidates.Add(new(context.Phrase("measured", new { label = f.Label, value = f.Value, unit = f.Unit }), f.Field, 20 + i, 1));
        }

        // Finished work first: it is what actually changed. One sentence, so no item reads as "also" after a dropped one.
        var items = record.ActionItems
            .Where(item => !string.IsNullOrWhiteSpace(item.Text))
            .OrderBy(item => item.Status == Incidents.ActionStatus.Done ? 0 : 1)
            .Take(3)
            .Select(item => Sentences.LowerFirst(item.Text.Trim().TrimEnd('.'), context.ProperNounEvidence))
            .ToList();
        if (items.Count > 0)
        {
            var list = items.Count == 1 ? items[0] : string.Join("; ", items.SkipLast(1)) + "; and " + items[^1];
            var mine = record.ActionItems.Any(item => context.Author.IsAuthor(item.Owner));
            candidates.Add(new(context.Phrase("afterwards", new { mine, items = list, several = items.Count > 1 }), "actionItems", 30, 1));
        }

        return new PartDraft(StarPart.Result, candidates, Authored: false);
    }

    /// <summary>A tally such as "212 duplicate charges worth €31,480." needs a verb to be said aloud.</summary>
    private static string Spoken(string sentence) =>
        char.IsDigit(sentence[0]) ? $"In all, the impact came to {sentence}" : sentence;

    private static void AddFigureSentences(List<DraftSentence> candidates, string? text, string field, int orderBase)
    {
        var sentences = BackReferences.SelfContained(text);
        for (var i = 0; i < sentences.Count; i++)
        {
            var figures = StatedFigureFinder.Find(sentences[i], field).Count;
            if (figures > 0)
            {
                var priority = candidates.Count == 0 ? 0 : 2;
                candidates.Add(new(Spoken(sentences[i]), field, orderBase + i, priority));
            }
            else if (field == "impact" && i > 0)
            {
                candidates.Add(new(sentences[i], field, orderBase + i, 4));
            }
        }
    }
}
