using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Cards;

/// <summary>
/// Finds where the record answers a question its source asks: the sentence sharing most of the question's
/// content words. A question the record does not answer gets no card rather than a guess.
/// </summary>
internal static class SourceQuestionAnswers
{
    private const int StemLength = 5;

    /// <summary>A sentence of the record, with its letters-and-digits form kept so stems are read without new strings.</summary>
    public readonly record struct Candidate(string Text, string Source, string Normalized);

    public static List<Candidate> Candidates(IncidentRecord record)
    {
        var candidates = new List<Candidate>();
        void Add(string? text, string source)
        {
            foreach (var sentence in CardText.Sentences(text))
            {
                candidates.Add(new Candidate(sentence, source, CardText.Normalize(sentence)));
            }
        }

        Add(record.Summary, "summary");
        Add(record.Impact, "impact");
        record.RootCauses.ForEach(c => Add(c, "rootCauses"));
        Add(record.Trigger, "trigger");
        Add(record.Detection, "detection");
        Add(record.Resolution, "resolution");
        record.ContributingFactors.ForEach(c => Add(c, "contributingFactors"));
        record.ActionItems.ForEach(a => Add(a.Text, "actionItems"));
        record.Lessons.WentWell.Concat(record.Lessons.WentWrong).Concat(record.Lessons.GotLucky).Concat(record.Lessons.Other)
            .ToList().ForEach(l => Add(l, "lessons"));
        for (var i = 0; i < record.Timeline.Count; i++)
        {
            Add(record.Timeline[i].Text, $"timeline[{i}]");
        }

        Add(record.Star.Action, "star.action");
        Add(record.Star.Result, "star.result");
        record.Sections.ForEach(s => Add(s.Body, "sections"));
        return candidates;
    }

    public static Candidate? Find(string question, List<Candidate> candidates)
    {
        var wanted = Stems(question);
        if (wanted.Count < 2)
        {
            return null;
        }

        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        var hit = new HashSet<string>(StringComparer.Ordinal);
        Candidate? best = null;
        var bestHits = 0;
        foreach (var candidate in candidates)
        {
            var hits = Hits(candidate.Normalized, lookup, hit);
            if (hits > bestHits && CardText.WordCount(candidate.Text) >= 4)
            {
                best = candidate;
                bestHits = hits;
            }
        }

        // Half the question's content words, and at least two, before a sentence counts as its answer.
        return bestHits >= 2 && bestHits * 2 >= wanted.Count ? best : null;
    }

    /// <summary>How many of the wanted stems the sentence's stems include (each counted once).</summary>
    private static int Hits(string normalized, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> wanted, HashSet<string> hit)
    {
        hit.Clear();
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            var word = normalized.AsSpan(range);
            if (CardText.IsContentWord(word) && wanted.TryGetValue(Stem(word), out var stem))
            {
                hit.Add(stem);
            }
        }

        return hit.Count;
    }

    // Five-letter stems match "halted" with "halt" and "rollout" with "rollouts" without a stemmer.
    private static HashSet<string> Stems(string text) =>
        CardText.ContentWords(text).Select(w => w.Length > StemLength ? w[..StemLength] : w).ToHashSet();

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) => word.Length > StemLength ? word[..StemLength] : word;
}
