namespace IncidentLearn.Core.Stories;

/// <summary>
/// Drafted sentences that say what another sentence of the story already says: of two such sentences the one its
/// part needs more stays (an author's own sentence always stays), so the fitter never has to choose between them.
/// </summary>
internal static class RepeatedSentences
{
    /// <summary>Sentences sharing this much of their content words say the same thing twice.</summary>
    public const double Overlap = 0.6;

    /// <summary>Each part's candidates, without the drafted sentences that repeat one kept before them.</summary>
    public static IReadOnlyDictionary<StarPart, List<DraftSentence>> Without(IReadOnlyList<PartDraft> drafts)
    {
        var kept = drafts.ToDictionary(d => d.Part, _ => new List<DraftSentence>());
        var keptWords = new List<HashSet<string>>();
        var ranked = drafts
            .SelectMany(d => d.Candidates.Select(c => (Draft: d, Candidate: c)))
            .OrderBy(x => x.Draft.Authored ? 0 : 1)
            .ThenBy(x => x.Candidate.Priority)
            // Of two sentences saying the same, the one where the author says what they did.
            .ThenBy(x => SpeechHabits.FirstPersonCount(x.Candidate.Text) > 0 ? 0 : 1)
            // A part with few sentences keeps a shared one: the action has sentences to spare.
            .ThenBy(x => x.Draft.Candidates.Count)
            .ThenBy(x => x.Candidate.Order);
        foreach (var (draft, candidate) in ranked)
        {
            var words = Words.ContentWords(candidate.Text);
            if (draft.Authored || !keptWords.Any(k => Words.Overlap(k, words) >= Overlap))
            {
                kept[draft.Part].Add(candidate);
                keptWords.Add(words);
            }
        }

        return kept;
    }
}
