using IncidentLearn.Core.Study;

namespace IncidentLearn.Core.Tests.Study;

public sealed class StudyQueueTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Incident = Guid.Parse("ef3443da-2f5f-4d1e-93b9-c6961727f000");

    [Fact]
    public void DueCardsComeBeforeNewCardsMostOverdueFirst()
    {
        var cards = new[]
        {
            New("n1"),
            Due("d-recent", Now.AddHours(-1)),
            New("n2"),
            Due("d-old", Now.AddDays(-3)),
            Due("later", Now.AddDays(2)),
        };
        var queue = StudyQueue.Build(cards, [], Now, newCardsPerDay: 10);
        Assert.Equal(["d-old", "d-recent", "n1", "n2"], queue.Select(c => c.State.CardId));
    }

    [Fact]
    public void NewCardsStartedTodayUseUpTheDailyAllowance()
    {
        var cards = Enumerable.Range(0, 30).Select(i => New($"n{i}")).ToList();
        var log = Enumerable.Range(0, 15)
            .Select(i => new ReviewLogEntry("ann", $"old{i}", ReviewRating.Good, Now.AddHours(-2), CardPhase.New, null, TimeSpan.FromMinutes(10)))
            .Append(new ReviewLogEntry("ann", "y", ReviewRating.Good, Now.AddDays(-1), CardPhase.New, null, TimeSpan.FromMinutes(10)));
        var queue = StudyQueue.Build(cards, log, Now, newCardsPerDay: 20);
        Assert.Equal(5, queue.Count);
    }

    private static StudyCard New(string id) => new(Incident, CardState.NewCard(id));

    private static StudyCard Due(string id, DateTimeOffset due) =>
        new(Incident, new CardState { CardId = id, Phase = CardPhase.Review, Stability = 3, Difficulty = 5, Due = due, LastReview = due.AddDays(-3) });
}
