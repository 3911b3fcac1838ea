using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Data.Store;

/// <summary>
/// Cards for stored incidents: wrong choices come from the same fields of the user's other incidents, through
/// the store's distractor index (built streaming record by record, kept until the store changes).
/// </summary>
public static class IncidentDecks
{
    public static async Task<IReadOnlyList<Card>> CardsForAsync(this IncidentStore store, IncidentRecord record, TimelineAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var distractors = await store.DistractorsAsync(cancellationToken);
        return CardGenerator.Deck(record, distractors, analyzer);
    }
}
