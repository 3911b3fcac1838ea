using IncidentLearn.Core.Cards;

namespace IncidentLearn.Core.Tests.Cards;

public sealed class CardQualityFilterTests
{
    private static readonly Guid Incident = Guid.Parse("0fd6d682-ae61-4eb5-a2fb-cf27bb310036");

    [Theory]
    [InlineData("What triggered the outage?", "", "empty question or answer")]
    [InlineData("What triggered the outage?", "the slot", "fragment answer")]
    [InlineData("What triggered the outage?", "WAL retained by the slot filled the volume and", "fragment answer")]
    [InlineData("What triggered the outage (the WAL volume filled)?", "The WAL volume filled", "answer appears in question")]
    public void BadCardsAreRejectedWithTheReason(string question, string answer, string reason)
    {
        Assert.Equal(reason, CardQualityFilter.Rejection(Qa("qa:x", question, answer)));
    }

    [Fact]
    public void AShortAnswerHoldingAFigureIsNotAFragment()
    {
        Assert.Null(CardQualityFilter.Rejection(Qa("qa:x", "How long was checkout down?", "50 minutes")));
    }

    [Fact]
    public void TwoCardsAskingTheSameQuestionKeepOnlyTheBetter()
    {
        var better = Qa("qa:a", "What triggered the outage?", "WAL filled the 500 GB data volume.", score: 0.9);
        var worse = Qa("qa:b", "What  triggered the outage ?", "A release went out at 10:40.", score: 0.5);
        Assert.Equal([better], CardQualityFilter.Apply([worse, better], cap: 40));
    }

    [Fact]
    public void TwoClozeCardsBlankingTheSameFigureKeepOne()
    {
        var first = Cloze("cloze:a", "Checkout was down for […].", ["50 minutes"], 0.9);
        var repeat = Cloze("cloze:b", "Writes failed for […] in all.", ["50 minutes"], 0.8);
        Assert.Single(CardQualityFilter.Apply([first, repeat], cap: 40));
    }

    [Fact]
    public void AClozeWhoseBlankedValueStillShowsElsewhereIsRejected()
    {
        var leaky = Cloze("cloze:a", "212 charges were found; all […] were refunded.", ["212"], 0.9);
        Assert.Equal("answer appears in question", CardQualityFilter.Rejection(leaky));
    }

    [Fact]
    public void AChoiceCardMustOfferItsAnswerExactlyOnce()
    {
        var card = Qa("choice:x", "Which of these set off the outage?", "A release at 10:40.") with
        {
            Kind = CardKind.Choice,
            Choices = ["A config push.", "A disk alert.", "A release at 10:40.", "A release at 10:40."],
        };
        Assert.Equal("choices do not hold the answer exactly once", CardQualityFilter.Rejection(card));
    }

    [Fact]
    public void TheCapKeepsTheHighestScoringCardsInRecordOrder()
    {
        var cards = Enumerable.Range(0, 10)
            .Select(i => Qa($"qa:{i}", $"Question number {i} about the outage?", $"Answer number {i} for the outage.", score: i / 10.0))
            .ToList();
        var kept = CardQualityFilter.Apply(cards, cap: 3);
        Assert.Equal(["qa:7", "qa:8", "qa:9"], kept.Select(c => c.Facet));
    }

    [Fact]
    public void GeneratedDecksRespectTheCapAndHoldNoRejectedCard()
    {
        var all = SampleIncidents.All();
        foreach (var record in all)
        {
            var cards = CardGenerator.Generate(record, all, CardOptions.Default with { MaxCardsPerIncident = 12 });
            Assert.InRange(cards.Count, 1, 12);
            Assert.All(cards, c => Assert.Null(CardQualityFilter.Rejection(c)));
            Assert.Equal(cards.Count, cards.Select(c => CardText.Normalize(c.Question)).Distinct().Count());
        }
    }

    private static Card Qa(string facet, string question, string answer, double score = 0.5) => new()
    {
        Id = CardId.For(Incident, facet),
        IncidentId = Incident,
        Kind = CardKind.Qa,
        Facet = facet,
        Question = question,
        Answer = answer,
        Source = "trigger",
        Score = score,
    };

    private static Card Cloze(string facet, string shown, string[] answers, double score) =>
        Qa(facet, shown, string.Join("; ", answers), score) with { Kind = CardKind.Cloze, ClozeAnswers = answers };
}
