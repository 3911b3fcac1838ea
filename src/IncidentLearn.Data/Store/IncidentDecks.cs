using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Data.Store;

/// <summary>
/// Cards for stored incidents: wrong choices come from the same fields of the user's other incidents, so the
/// index is built from the store, streaming record by record (only field values are kept, never whole records).
/// </summary>
public static class IncidentDecks
{
    public static async Task<DistractorIndex> BuildDistractorsAsync(this IncidentStore store, CancellationToken cancellationToken)
    {
        var index = new DistractorIndex();
        await foreach (var other in store.StreamRecordsAsync(cancellationToken))
        {
            index.Add(other);
        }

        return index;
    }

    public static async Task<IReadOnlyList<Card>> CardsForAsync(this IncidentStore store, IncidentRecord record, TimelineAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var distractors = await store.BuildDistractorsAsync(cancellationToken);
        return CardGenerator.Deck(record, distractors, analyzer);
    }
}
