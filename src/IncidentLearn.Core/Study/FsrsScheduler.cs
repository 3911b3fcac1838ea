namespace IncidentLearn.Core.Study;

/// <summary>
/// Schedules a card's next review with FSRS-6, following py-fsrs' state machine: learning steps for new
/// cards, relearning steps after a lapse, and FSRS intervals (fuzzed, deterministically) in review.
/// </summary>
public sealed class FsrsScheduler(FsrsParameters parameters, TimeProvider clock)
{
    private readonly FsrsFormulas formulas = new(parameters);

    public FsrsScheduler()
        : this(FsrsParameters.Default, TimeProvider.System)
    {
    }

    public FsrsParameters Parameters => parameters;

    public FsrsFormulas Formulas => formulas;

    public SchedulingResult Review(CardState card, ReviewRating rating, string userId)
    {
        var now = clock.GetUtcNow();
        var elapsedDays = card.LastReview is { } last ? (double?)Math.Floor((now - last).TotalDays) : null;
        var (stability, difficulty) = UpdateMemory(card, rating, elapsedDays);

        var next = card with
        {
            Stability = stability,
            Difficulty = difficulty,
            LastReview = now,
            Reps = card.Reps + 1,
            Lapses = card.Phase == CardPhase.Review && rating == ReviewRating.Again ? card.Lapses + 1 : card.Lapses,
        };
        (next, var interval) = card.Phase switch
        {
            CardPhase.Review => FromReview(next, rating),
            CardPhase.Relearning => FromSteps(next, rating, parameters.RelearningSteps),
            _ => FromSteps(next with { Phase = CardPhase.Learning }, rating, parameters.LearningSteps),
        };

        if (next.Phase == CardPhase.Review && parameters.EnableFuzz)
        {
            interval = TimeSpan.FromDays(IntervalFuzz.Apply((int)interval.TotalDays, parameters.MaximumIntervalDays, card.CardId, card.Reps));
        }

        next = next with { Due = now + interval };
        var log = new ReviewLogEntry(userId, card.CardId, rating, now, card.Phase, elapsedDays, interval);
        return new SchedulingResult(next, log);
    }

    /// <summary>The probability the learner still recalls the card now.</summary>
    public double Retrievability(CardState card)
    {
        if (card.Stability is not { } s || card.LastReview is not { } last)
        {
            return 0;
        }

        return formulas.Retrievability(Math.Floor((clock.GetUtcNow() - last).TotalDays), s);
    }

    private (double Stability, double Difficulty) UpdateMemory(CardState card, ReviewRating rating, double? elapsedDays)
    {
        if (card.Stability is not { } s || card.Difficulty is not { } d)
        {
            return (formulas.InitialStability(rating), formulas.InitialDifficulty(rating));
        }

        var nextD = formulas.NextDifficulty(d, rating);
        if (elapsedDays is < 1)
        {
            return (formulas.ShortTermStability(s, rating), nextD);
        }

        var r = formulas.Retrievability(elapsedDays ?? 0, s);
        return (formulas.NextStability(s, d, r, rating), nextD);
    }

    private (CardState, TimeSpan) FromReview(CardState card, ReviewRating rating)
    {
        if (rating == ReviewRating.Again && parameters.RelearningSteps.Count > 0)
        {
            return (card with { Phase = CardPhase.Relearning, Step = 0 }, parameters.RelearningSteps[0]);
        }

        return ToReview(card);
    }

    private (CardState, TimeSpan) FromSteps(CardState card, ReviewRating rating, IReadOnlyList<TimeSpan> steps)
    {
        if (steps.Count == 0 || (card.Step >= steps.Count && rating != ReviewRating.Again))
        {
            return ToReview(card);
        }

        switch (rating)
        {
            case ReviewRating.Again:
                return (card with { Step = 0 }, steps[0]);
            case ReviewRating.Hard when card.Step == 0:
                // Hard on the first step waits between the first two steps (or 1.5 × a lone step).
                return (card, steps.Count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2);
            case ReviewRating.Hard:
                return (card, steps[card.Step]);
            case ReviewRating.Good when card.Step + 1 < steps.Count:
                return (card with { Step = card.Step + 1 }, steps[card.Step + 1]);
            default:
                return ToReview(card);
        }
    }

    private (CardState, TimeSpan) ToReview(CardState card) =>
        (card with { Phase = CardPhase.Review, Step = 0 }, TimeSpan.FromDays(formulas.IntervalDays(card.Stability!.Value)));
}
