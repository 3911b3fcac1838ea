using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Tests.Cards;

public sealed class CardGeneratorTests
{
    private static readonly IReadOnlyList<IncidentRecord> All = SampleIncidents.All();

    [Fact]
    public void TheSameIncidentAlwaysGivesTheSameCardIds()
    {
        var first = CardGenerator.Generate(SampleIncidents.PostgresWal(), All);
        var again = CardGenerator.Generate(SampleIncidents.PostgresWal(), SampleIncidents.All());
        Assert.Equal(first.Select(c => c.Id), again.Select(c => c.Id));
        Assert.Equal(first.Count, first.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void EditingAFieldKeepsTheIdOfTheCardAskingAboutIt()
    {
        var record = SampleIncidents.DuplicateCharges();
        var before = CardGenerator.Generate(record, All).Single(c => c.Facet == "qa:trigger");
        record.Trigger = "The payment-retry worker release at 10:41.";
        var after = CardGenerator.Generate(record, All).Single(c => c.Facet == "qa:trigger");
        Assert.Equal(before.Id, after.Id);
        Assert.NotEqual(before.Answer, after.Answer);
    }

    [Fact]
    public void EveryCardNamesTheFieldItCameFrom()
    {
        var fields = new[] { "summary", "impact", "rootCauses", "trigger", "detection", "resolution", "contributingFactors", "actionItems", "lessons", "star", "followUps", "questions", "timeline" };
        foreach (var record in All)
        {
            Assert.All(CardGenerator.Generate(record, All), c => Assert.Contains(fields, f => c.Source.StartsWith(f, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void FinancialImpactGetsItsOwnQuestion()
    {
        var card = CardGenerator.Generate(SampleIncidents.DuplicateCharges(), All).Single(c => c.Facet == "qa:financialImpact");
        Assert.Contains("€31,480", card.Answer);
        Assert.StartsWith("What was the financial impact", card.Question);
    }

    [Fact]
    public void FollowUpsWithoutAnAnswerGiveNoCard()
    {
        var cards = CardGenerator.Generate(SampleIncidents.DuplicateCharges(), All);
        Assert.Contains(cards, c => c.Source == "followUps[0]");
        Assert.DoesNotContain(cards, c => c.Source == "followUps[1]");
    }

    [Fact]
    public void TheSourcesOwnQuestionsBecomeCardsOnlyWhenTheRecordAnswersThem()
    {
        var cards = CardGenerator.Generate(SampleIncidents.PostgresWal(), All);
        Assert.Contains(cards, c => c.Facet == "qa:questions:0");
        Assert.DoesNotContain(cards, c => c.Facet == "qa:questions:1");
    }

    [Fact]
    public void ClozeCardsBlankFiguresWithAnkiDeletions()
    {
        var cards = CardGenerator.Generate(SampleIncidents.PostgresWal(), All);
        var resize = cards.Single(c => c.Kind == CardKind.Cloze && c.Cloze!.Contains("{{c1::500 GB}}"));
        Assert.Contains("{{c2::750 GB}}", resize.Cloze);
        Assert.Equal("500 GB; 750 GB", resize.Answer);
        Assert.DoesNotContain("750 GB", resize.Question);
    }

    [Fact]
    public void ClozeCardsBlankDecisionsAndTools()
    {
        var cards = CardGenerator.Generate(SampleIncidents.RabbitMq(), All);
        Assert.Contains(cards, c => c.Kind == CardKind.Cloze && c.ClozeAnswers.Contains("purging the queue"));
        Assert.Contains(cards, c => c.Kind == CardKind.Cloze && c.ClozeAnswers.Contains("rmq-3"));
    }

    [Fact]
    public void ChoiceDistractorsComeFromOtherIncidentsAndNeverRepeatTheAnswer()
    {
        var record = SampleIncidents.RabbitMq();
        var others = All.Where(r => r.Id != record.Id).SelectMany(r => r.RootCauses).ToHashSet();
        var card = CardGenerator.Generate(record, All).Single(c => c.Facet == "choice:rootCauses");
        Assert.Equal(4, card.Choices.Count);
        Assert.Single(card.Choices, c => c == card.Answer);
        Assert.All(card.Choices.Where(c => c != card.Answer), c => Assert.Contains(c, others));
    }

    [Fact]
    public void AFigureChoiceOffersPerturbedFiguresBesideTheRightOne()
    {
        var card = CardGenerator.Generate(SampleIncidents.DuplicateCharges(), All).Single(c => c.Facet == "choice:figure");
        Assert.Equal("€31,480", card.Answer);
        Assert.Contains("€15,740", card.Choices);
        Assert.Contains("____", card.Question);
    }

    [Fact]
    public void WithoutOtherIncidentsThereAreNoDistractorChoiceCards()
    {
        var cards = CardGenerator.Generate(SampleIncidents.RabbitMq(), []);
        Assert.DoesNotContain(cards, c => c.Facet == "choice:rootCauses");
    }

    [Fact]
    public void TimelineCardsAskWhatCameFirstAndHowLongThingsTook()
    {
        var cards = CardGenerator.Generate(SampleIncidents.DuplicateCharges(), All);
        var first = cards.First(c => c.Kind == CardKind.Order && c.Choices.Count == 2);
        Assert.Equal("Release of the payment-retry worker went out", first.Answer);
        var detect = cards.Single(c => c.Facet == "duration:Impact:Detection");
        Assert.Equal("50 minutes (10:40 to 11:30)", detect.Answer);
    }

    [Fact]
    public void TimesAfterMidnightAreOnTheNextDay()
    {
        var cards = CardGenerator.Generate(SampleIncidents.PostgresWal(), All);
        Assert.Equal("1 hour 10 minutes (23:20 to 00:30)", cards.Single(c => c.Facet == "duration:Impact:Resolution").Answer);
        Assert.Equal("25 minutes (00:05 to 00:30)", cards.Single(c => c.Facet == "step:6").Answer);
    }

    [Fact]
    public void ARecordWithOnlyATitleGivesNoCardsRatherThanEmptyOnes()
    {
        var cards = CardGenerator.Generate(new IncidentRecord { Id = Guid.NewGuid(), Title = "Something broke" }, All);
        Assert.Empty(cards);
    }

    [Fact]
    public void TheWireShapeIsCamelCaseWithTheSixFields()
    {
        var json = CardDeckResponse.From(CardGenerator.Generate(SampleIncidents.Cdn(), All)).ToJson();
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var first = doc.RootElement.GetProperty("cards")[0];
        Assert.Equal(["id", "kind", "question", "answer", "choices", "source"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("qa", first.GetProperty("kind").GetString());
    }
}
