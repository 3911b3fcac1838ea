using IncidentLearn.Core.Study;

namespace IncidentLearn.Core.Tests.Study;

public sealed class StudyStatisticsTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 18, 0, 0, TimeSpan.Zero);
    private static readonly Guid Payments = Guid.NewGuid();
    private static readonly Guid Postgres = Guid.NewGuid();

    [Fact]
    public void StatisticsCountDueCardsRetentionStreakAndCardsPerIncident()
    {
        var cards = new[]
        {
            Card(Payments, "a", CardPhase.Review, Now.AddHours(3)),
            Card(Payments, "b", CardPhase.Learning, Now.AddMinutes(-5)),
            Card(Payments, "c", CardPhase.Review, Now.AddDays(2)),
            new StudyCard(Postgres, CardState.NewCard("d")),
        };
        // Reviews on the 8th, 9th and 10th (a streak of 3), and a gap before the 6th.
        var log = new[]
        {
            Log("a", ReviewRating.Good, CardPhase.Review, Now.AddDays(-4)),
            Log("a", ReviewRating.Good, CardPhase.Review, Now.AddDays(-2)),
            Log("b", ReviewRating.Again, CardPhase.Review, Now.AddDays(-1)),
            Log("c", ReviewRating.Easy, CardPhase.Review, Now.AddHours(-1)),
            Log("c", ReviewRating.Good, CardPhase.Learning, Now.AddHours(-2)),
        };

        var stats = StudyStatisticsCalculator.Compute(cards, log, Now);

        Assert.Equal(2, stats.DueToday);
        Assert.Equal(0.75, stats.Retention);
        Assert.Equal(3, stats.StreakDays);
        Assert.Equal(2, stats.ReviewsToday);
        Assert.Equal(3, stats.CardsPerIncident[Payments]);
        Assert.Equal(1, stats.CardsPerIncident[Postgres]);
    }

    [Fact]
    public void AStreakSurvivesUntilTheDayEndsWithoutAReview()
    {
        var log = new[] { Log("a", ReviewRating.Good, CardPhase.Review, Now.AddDays(-1)), Log("a", ReviewRating.Good, CardPhase.Review, Now.AddDays(-2)) };
        var stats = StudyStatisticsCalculator.Compute([], log, Now);
        Assert.Equal(2, stats.StreakDays);
        Assert.Null(StudyStatisticsCalculator.Compute([], [], Now).Retention);
    }

    private static StudyCard Card(Guid incident, string id, CardPhase phase, DateTimeOffset due) =>
        new(incident, new CardState { CardId = id, Phase = phase, Stability = 2, Difficulty = 5, Due = due, LastReview = due.AddDays(-2) });

    private static ReviewLogEntry Log(string card, ReviewRating rating, CardPhase phase, DateTimeOffset at) =>
        new("ann", card, rating, at, phase, 1, TimeSpan.FromDays(1));
}
