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

        if (ActionItemSentences.Agreed(context) is { } agreed)
        {
            candidates.Add(agreed);
        }

        return new PartDraft(StarPart.Result, candidates, Authored: false);
    }

    /// <summary>Verbs a tally of impact is told with ("1,262 customers had…", "38% of requests failed…").</summary>
    private static readonly HashSet<string> TallyVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "is", "are", "had", "has", "took", "fell", "rose", "hit", "lost", "got", "saw", "went", "came", "ran", "grew", "made", "left",
    };

    /// <summary>A tally such as "212 duplicate charges worth €31,480." needs a verb to be said aloud; one with its own verb is said as it is.</summary>
    private static string Spoken(string sentence) =>
        char.IsDigit(sentence[0]) && !Words.Tokens(sentence.Split([", ", "; "], StringSplitOptions.None)[0]).Any(t => TallyVerbs.Contains(t) || (t.Length > 4 && t.EndsWith("ed", StringComparison.Ordinal)))
            ? $"In all, the impact came to {sentence}"
            : sentence;

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
