using FsCheck;
using FsCheck.Fluent;
using IncidentLearn.Core.Study;

namespace IncidentLearn.Core.Tests.Study;

public sealed class FsrsPropertyTests
{
    // A study history: ratings 1–4, each after a wait of 0 to 60 days (in minutes).
    private static readonly Gen<(int Rating, int WaitMinutes)[]> Histories =
        (from rating in Gen.Choose(1, 4)
         from wait in Gen.Choose(0, 60 * 24 * 60)
         select (rating, wait))
            .ArrayOf()
            .Where(h => h.Length is > 0 and < 30);

    [Fact]
    public void AnyHistoryKeepsDifficultyInRangeStabilityPositiveAndDueWithinTheMaximum()
    {
        Prop.ForAll(Histories.ToArbitrary(), history =>
        {
            var clock = new ManualClock(new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.Zero));
            var scheduler = new FsrsScheduler(FsrsParameters.Default, clock);
            var card = CardState.NewCard("crd_property");
            foreach (var (rating, wait) in history)
            {
                clock.Advance(TimeSpan.FromMinutes(wait));
                var result = scheduler.Review(card, (ReviewRating)rating, "ann");
                card = result.State;
                var ok = card.Difficulty is >= 1 and <= 10
                    && card.Stability > 0
                    && card.Due > clock.Now
                    && result.Interval <= TimeSpan.FromDays(36_500)
                    && (card.Phase != CardPhase.Review || result.Interval >= TimeSpan.FromDays(1));
                if (!ok)
                {
                    return false;
                }
            }

            return card.Reps == history.Length;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ABetterRatingNeverSchedulesSoonerThanAWorseOneFromTheSameReviewState()
    {
        var gen = from stability in Gen.Choose(1, 2000)
                  from difficulty in Gen.Choose(10, 100)
                  from elapsed in Gen.Choose(1, 400)
                  select (stability / 10.0, difficulty / 10.0, elapsed);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (s, d, elapsed) = t;
            var now = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
            var card = new CardState { CardId = "c", Phase = CardPhase.Review, Stability = s, Difficulty = d, LastReview = now.AddDays(-elapsed), Due = now };
            var scheduler = new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = false }, new ManualClock(now));
            var hard = scheduler.Review(card, ReviewRating.Hard, "ann").Interval;
            var good = scheduler.Review(card, ReviewRating.Good, "ann").Interval;
            var easy = scheduler.Review(card, ReviewRating.Easy, "ann").Interval;
            return hard <= good && good <= easy;
        }).QuickCheckThrowOnFailure();
    }
}
