namespace IncidentLearn.Core.Stories;

/// <summary>
/// Chooses whole sentences for each part so the answer lands in its word range with the action about half of it:
/// each part first fills its share of the target by priority, then the answer is topped up (action first) or
/// trimmed (lowest priority first). It never pads with words the record does not hold.
/// </summary>
public static class StoryFitter
{
    /// <summary>Drafted sentences sharing this much of their content words say the same thing twice.</summary>
    private const double RepeatOverlap = 0.6;

    public static IReadOnlyDictionary<StarPart, List<DraftSentence>> Fit(IReadOnlyList<PartDraft> drafts, StoryLength length)
    {
        var chosen = StarPartNames.InOrder.ToDictionary(p => p, _ => new List<DraftSentence>());
        var authored = drafts.Where(d => d.Authored).Select(d => d.Part).ToHashSet();
        var remaining = drafts.ToDictionary(d => d.Part, d => d.Candidates.OrderBy(c => c.Priority).ThenBy(c => c.Order).ToList());

        // Scarce parts choose first, so a repeat is dropped from the action, which has sentences to spare.
        foreach (var draft in drafts.OrderBy(d => d.Candidates.Count))
        {
            var budget = StoryLength.ShareOf(draft.Part) * length.TargetWords * 1.15;
            foreach (var candidate in remaining[draft.Part].ToList())
            {
                var used = chosen[draft.Part].Sum(s => s.Words);
                // A part still under half its share may overrun it: one long sentence beats a thin part.
                var fits = used == 0 || used + candidate.Words <= budget || (used < budget / 2 && used + candidate.Words <= budget * 1.8);
                if (fits && (draft.Authored || !Repeats(candidate, chosen)))
                {
                    chosen[draft.Part].Add(candidate);
                    remaining[draft.Part].Remove(candidate);
                }
            }
        }

        TopUp(chosen, remaining, authored, length);
        Trim(chosen, length);
        return chosen.ToDictionary(kv => kv.Key, kv => kv.Value.OrderBy(s => s.Order).ToList());
    }

    private static void TopUp(Dictionary<StarPart, List<DraftSentence>> chosen, Dictionary<StarPart, List<DraftSentence>> remaining, HashSet<StarPart> authored, StoryLength length)
    {
        while (Total(chosen) < length.TargetWords)
        {
            var total = Total(chosen);
            var actionShare = total == 0 ? 0 : chosen[StarPart.Action].Sum(s => s.Words) / (double)total;
            var next = remaining
                .SelectMany(kv => kv.Value.Select(c => (Part: kv.Key, Candidate: c)))
                .Where(x => total + x.Candidate.Words <= length.MaxWords && (authored.Contains(x.Part) || !Repeats(x.Candidate, chosen)))
                // Once the action has nothing more to say, drafted parts grow only as far as the answer needs to be long enough.
                .Where(x => x.Part == StarPart.Action || authored.Contains(x.Part) || total < length.MinWords + 10)
                .OrderBy(x => x.Part == StarPart.Action && actionShare < 0.55 ? 0 : 1)
                .ThenBy(x => x.Candidate.Priority)
                .ThenBy(x => x.Candidate.Order)
                .FirstOrDefault();
            if (next.Candidate is null)
            {
                return;
            }

            chosen[next.Part].Add(next.Candidate);
            remaining[next.Part].Remove(next.Candidate);
        }
    }

    private static void Trim(Dictionary<StarPart, List<DraftSentence>> chosen, StoryLength length)
    {
        while (Total(chosen) > length.MaxWords)
        {
            var total = Total(chosen);
            var worst = chosen
                .Where(kv => kv.Value.Count > 1)
                .SelectMany(kv => kv.Value.Skip(1).Select(s => (Part: kv.Key, Sentence: s,
                    Over: kv.Value.Sum(x => x.Words) - (StoryLength.ShareOf(kv.Key) * total))))
                .OrderByDescending(x => x.Over > 0)
                .ThenByDescending(x => x.Sentence.Priority)
                .ThenByDescending(x => x.Sentence.Order)
                .FirstOrDefault();
            if (worst.Sentence is null)
            {
                return;
            }

            chosen[worst.Part].Remove(worst.Sentence);
        }
    }

    private static int Total(Dictionary<StarPart, List<DraftSentence>> chosen) => chosen.Values.Sum(list => list.Sum(s => s.Words));

    private static bool Repeats(DraftSentence candidate, Dictionary<StarPart, List<DraftSentence>> chosen) =>
        chosen.Values.SelectMany(list => list).Any(s => Words.Overlap(s.Text, candidate.Text) >= RepeatOverlap);
}
