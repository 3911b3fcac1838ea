using FsCheck;
using FsCheck.Fluent;
using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Tests.Cards;

public sealed class CardPropertyTests
{
    private static readonly Gen<string> Phrases = Gen.Elements(
        "", " ", "The pool size had been set to 20.", "Checkout failed for 50 minutes", "and", "€1,200 was refunded.",
        "decided to roll back, then", "(unclosed", "pg_wal grew to 410 GB", "12:30", "Why?", "A.", "The API returned 500 on every call.");

    private static readonly Gen<IncidentRecord> Records =
        from title in Phrases
        from summary in Phrases
        from impact in Phrases
        from cause in Phrases.ListOf()
        from resolution in Phrases
        from start in Gen.Elements("10:40", "23:59", "later", "", "00:05")
        from question in Phrases
        select new IncidentRecord
        {
            Id = Guid.NewGuid(),
            Title = title,
            Summary = summary,
            Impact = impact,
            RootCauses = [.. cause],
            Resolution = resolution,
            Timeline = [new() { Start = start, Text = summary, Kind = EventKind.Impact }, new() { Start = "11:00", Text = impact, Kind = EventKind.Mitigation }],
            Questions = [question],
            FollowUps = [new() { Question = question, Answer = resolution }],
        };

    [Fact]
    public void AnyRecordGivesOnlyCardsThatPassTheQualityRulesWithUniqueIds()
    {
        Prop.ForAll(Records.ToArbitrary(), record =>
        {
            var cards = CardGenerator.Generate(record, [SampleIncidents.RabbitMq()]);
            return cards.All(c => CardQualityFilter.Rejection(c) is null)
                && cards.Select(c => c.Id).Distinct().Count() == cards.Count
                && cards.Count <= CardOptions.Default.MaxCardsPerIncident;
        }).QuickCheckThrowOnFailure();
    }
}
