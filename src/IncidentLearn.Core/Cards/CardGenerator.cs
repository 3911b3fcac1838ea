using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Cards;

/// <summary>Makes the study deck for one incident: every kind of card, then the quality filter and the cap.</summary>
public static class CardGenerator
{
    /// <summary>Convenience for one incident: indexes <paramref name="others"/> for distractors first.</summary>
    public static IReadOnlyList<Card> Generate(IncidentRecord record, IReadOnlyList<IncidentRecord> others, CardOptions? options = null) =>
        Generate(record, DistractorIndex.Build(others), options);

    /// <summary>
    /// The deck every screen, export and study session shows for an incident: with order and duration cards from
    /// the timeline analysis, so a report's appendix and the study queue ask the same questions.
    /// </summary>
    public static IReadOnlyList<Card> Deck(IncidentRecord record, DistractorIndex distractors, TimelineAnalyzer analyzer, CardOptions? options = null) =>
        Generate(record, distractors, options, AnalyzedTimelineFacts.From(analyzer.Analyze(record)));

    /// <summary>For many incidents: build the <see cref="DistractorIndex"/> once and pass it to each call.</summary>
    public static IReadOnlyList<Card> Generate(IncidentRecord record, DistractorIndex distractors, CardOptions? options = null, ITimelineFacts? timeline = null)
    {
        options ??= CardOptions.Default;
        var draft = new CardDraft(record.Id, record.Title);
        var cards = new List<Card>();
        if (options.Kinds.Contains(CardKind.Qa))
        {
            cards.AddRange(QaCardFactory.Create(record, draft, options));
        }

        if (options.Kinds.Contains(CardKind.Cloze))
        {
            cards.AddRange(ClozeCardFactory.Create(record, draft));
        }

        if (options.Kinds.Contains(CardKind.Choice))
        {
            cards.AddRange(ChoiceCardFactory.Create(record, draft, distractors, options.ChoiceCount));
        }

        if (options.Kinds.Contains(CardKind.Order) || options.Kinds.Contains(CardKind.Duration))
        {
            timeline ??= AnalyzedTimelineFacts.From(record);
            cards.AddRange(TimelineCardFactory.Create(record, draft, timeline)
                .Where(c => options.Kinds.Contains(c.Kind)));
        }

        return CardQualityFilter.Apply(cards, options.MaxCardsPerIncident);
    }
}
