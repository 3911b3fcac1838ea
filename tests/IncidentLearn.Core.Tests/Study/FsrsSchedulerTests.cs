using IncidentLearn.Core.Study;

namespace IncidentLearn.Core.Tests.Study;

public sealed class FsrsSchedulerTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly ManualClock clock = new(Start);

    private FsrsScheduler Scheduler(bool fuzz = false) => new(FsrsParameters.Default with { EnableFuzz = fuzz }, clock);

    [Fact]
    public void ANewCardRatedGoodWaitsForTheTenMinuteStepThenGraduatesToTwoDays()
    {
        var scheduler = Scheduler();
        var first = scheduler.Review(CardState.NewCard("c1"), ReviewRating.Good, "ann");
        // Step 0 + Good moves to step 1, the 10 minute step; S0 = w2 = 2.3065, D0(3) = 2.11810.
        Assert.Equal(CardPhase.Learning, first.State.Phase);
        Assert.Equal(TimeSpan.FromMinutes(10), first.Interval);
        Assert.Equal(2.3065, first.State.Stability!.Value, 4);

        clock.Advance(TimeSpan.FromMinutes(10));
        var second = scheduler.Review(first.State, ReviewRating.Good, "ann");
        // Same day: short-term S' = 2.3065 (increase 0.99450 raised to 1); the last step graduates with I = round(2.3065) = 2.
        // D' = 0.001 * -4.77163 + 0.999 * 2.11810 = 2.11121.
        Assert.Equal(CardPhase.Review, second.State.Phase);
        Assert.Equal(TimeSpan.FromDays(2), second.Interval);
        Assert.Equal(2.11121, second.State.Difficulty!.Value, 5);
        Assert.Equal(Start.AddMinutes(10).AddDays(2), second.State.Due);
    }

    [Fact]
    public void EasyOnANewCardSkipsTheStepsAndWaitsEightDays()
    {
        // S0(4) = w3 = 8.2956; I = round(8.2956) = 8 days.
        var result = Scheduler().Review(CardState.NewCard("c1"), ReviewRating.Easy, "ann");
        Assert.Equal(CardPhase.Review, result.State.Phase);
        Assert.Equal(TimeSpan.FromDays(8), result.Interval);
    }

    [Fact]
    public void HardOnTheFirstStepWaitsHalfwayBetweenTheTwoStepsAndAgainRestartsAtOneMinute()
    {
        var scheduler = Scheduler();
        var hard = scheduler.Review(CardState.NewCard("c1"), ReviewRating.Hard, "ann");
        // (1 min + 10 min) / 2 = 5.5 minutes.
        Assert.Equal(TimeSpan.FromMinutes(5.5), hard.Interval);
        clock.Advance(TimeSpan.FromMinutes(6));
        var again = scheduler.Review(hard.State, ReviewRating.Again, "ann");
        Assert.Equal(TimeSpan.FromMinutes(1), again.Interval);
        Assert.Equal(0, again.State.Step);
    }

    [Fact]
    public void GoodAfterExactlyTheStabilityGrowsTheIntervalFromTenToThirtyTwoDays()
    {
        var card = ReviewCard(stability: 10, difficulty: 5, lastReview: Start.AddDays(-10));
        // t = 10 = S, so R = 0.9; S' = 32.0267 (see FsrsFormulasTests); I = round(32.0267) = 32.
        var result = Scheduler().Review(card, ReviewRating.Good, "ann");
        Assert.Equal(TimeSpan.FromDays(32), result.Interval);
        Assert.Equal(32.0267, result.State.Stability!.Value, 3);
    }

    [Fact]
    public void GoodAfterTwiceTheStabilityGivesAFortyFiveDayInterval()
    {
        var card = ReviewCard(stability: 10, difficulty: 5, lastReview: Start.AddDays(-20));
        // R(20, 10) = 0.84588; e^(0.796 * 0.15412) - 1 = 0.13052;
        // S' = 10 * (1 + 6.50259 * 6 * 0.68140 * 0.13052) = 10 * (1 + 3.46982) = 44.698; I = 45.
        var result = Scheduler().Review(card, ReviewRating.Good, "ann");
        Assert.Equal(TimeSpan.FromDays(45), result.Interval);
    }

    [Fact]
    public void ALapseSendsTheCardToTheTenMinuteRelearningStepAndCountsIt()
    {
        var scheduler = Scheduler();
        var card = ReviewCard(stability: 10, difficulty: 5, lastReview: Start.AddDays(-10));
        var lapse = scheduler.Review(card, ReviewRating.Again, "ann");
        // S' = 1.39199 and D' = 0.001 * -4.77163 + 0.999 * (5 + 6.0388 * 5/9) = 0.999 * 8.35489 - 0.00477 = 8.34176.
        Assert.Equal(CardPhase.Relearning, lapse.State.Phase);
        Assert.Equal(TimeSpan.FromMinutes(10), lapse.Interval);
        Assert.Equal(1, lapse.State.Lapses);
        Assert.Equal(1.39199, lapse.State.Stability!.Value, 4);
        Assert.Equal(8.34176, lapse.State.Difficulty!.Value, 4);

        clock.Advance(TimeSpan.FromMinutes(10));
        var back = scheduler.Review(lapse.State, ReviewRating.Good, "ann");
        // Same day Good: increase = 1.05072 * 1.39199^-0.0658 = 1.05072 * 0.97848 = 1.02811, so S' = 1.43112, I = 1 day.
        Assert.Equal(CardPhase.Review, back.State.Phase);
        Assert.Equal(TimeSpan.FromDays(1), back.Interval);
    }

    [Fact]
    public void TheReviewLogRecordsWhoReviewedWhatAndWhen()
    {
        var result = Scheduler().Review(CardState.NewCard("c9"), ReviewRating.Good, "bo");
        Assert.Equal(new ReviewLogEntry("bo", "c9", ReviewRating.Good, Start, CardPhase.New, null, TimeSpan.FromMinutes(10)), result.Log);
    }

    [Fact]
    public void FuzzIsRepeatableForTheSameCardAndReviewButDiffersAcrossCards()
    {
        var card = ReviewCard(stability: 10, difficulty: 5, lastReview: Start.AddDays(-10));
        var once = Scheduler(fuzz: true).Review(card, ReviewRating.Good, "ann").Interval;
        var twice = Scheduler(fuzz: true).Review(card, ReviewRating.Good, "ann").Interval;
        Assert.Equal(once, twice);
        // I = 32: delta = 1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * 12 = 3.575, so the range is [round(28.425), round(35.575)] = [28, 36].
        Assert.Equal((28, 36), IntervalFuzz.Range(32, 36_500));
        var spread = Enumerable.Range(0, 200)
            .Select(i => Scheduler(fuzz: true).Review(card with { CardId = $"card-{i}" }, ReviewRating.Good, "ann").Interval.TotalDays)
            .ToList();
        Assert.All(spread, d => Assert.InRange(d, 28, 36));
        Assert.True(spread.Distinct().Count() >= 7, "fuzz should use most of the range");
    }

    [Fact]
    public void ShortIntervalsAreNotFuzzed()
    {
        Assert.Equal(2, IntervalFuzz.Apply(2, 36_500, "any", 3));
    }

    [Fact]
    public void IntervalsNeverPassTheMaximumEvenForHugeStability()
    {
        var card = ReviewCard(stability: 30_000, difficulty: 1, lastReview: Start.AddDays(-30_000));
        var result = Scheduler(fuzz: true).Review(card, ReviewRating.Easy, "ann");
        Assert.True(result.Interval.TotalDays <= 36_500);
    }

    private static CardState ReviewCard(double stability, double difficulty, DateTimeOffset lastReview) => new()
    {
        CardId = "c1",
        Phase = CardPhase.Review,
        Stability = stability,
        Difficulty = difficulty,
        LastReview = lastReview,
        Due = lastReview.AddDays(Math.Round(stability)),
        Reps = 3,
    };
}
