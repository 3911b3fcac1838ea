namespace IncidentLearn.Core.Stories;

/// <summary>
/// The author's own STAR text, split into whole sentences that keep their wording. A shorter answer leaves
/// sentences out; it never rewrites them. In a result, sentences with figures are kept first.
/// </summary>
public static class AuthoredPartDrafter
{
    /// <param name="gist">The record's own account of what was done (resolution, summary): situation and action sentences closest to it matter most.</param>
    public static PartDraft? Draft(StarPart part, string? text, string gist)
    {
        var sentences = BackReferences.SelfContained(text);
        if (sentences.Count == 0)
        {
            return null;
        }

        var field = "star." + part.Name();
        var closeness = sentences.Select((s, i) => (i, Score: Words.Overlap(s, gist))).OrderByDescending(x => x.Score).Select(x => x.i).ToList();
        var candidates = sentences.Select((s, i) => new DraftSentence(s, field, i,
            part switch
            {
                StarPart.Action when i > 0 => 1 + closeness.IndexOf(i),
                // The scene-setting sentence closest to the record's summary carries the situation, wherever it sits.
                StarPart.Situation => closeness.IndexOf(i),
                _ => PriorityOf(part, s, i),
            })).ToList();
        return new PartDraft(part, candidates, Authored: true);
    }

    private static int PriorityOf(StarPart part, string sentence, int index)
    {
        if (part == StarPart.Result && index > 0 && StatedFigureFinder.Find(sentence, "").Count > 0)
        {
            return 1;
        }

        return index == 0 ? 0 : index + 1;
    }
}
