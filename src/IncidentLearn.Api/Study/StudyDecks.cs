using System.Runtime.CompilerServices;
using IncidentLearn.Core;
using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Data.Store;

namespace IncidentLearn.Api.Study;

/// <summary>
/// The stored incidents' cards, one deck at a time: the distractor index is built once per request (one
/// streaming pass), then records stream in date order and only the decks the caller wants are generated.
/// </summary>
public sealed class StudyDecks(IncidentStore incidents, LearningServices learning)
{
    public async IAsyncEnumerable<(IncidentRecord Record, IReadOnlyList<Card> Cards)> StreamAsync(
        Func<Guid, bool> wanted, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var distractors = await incidents.BuildDistractorsAsync(cancellationToken);
        await foreach (var record in incidents.StreamRecordsAsync(cancellationToken))
        {
            // Asked per record, not up front, so the caller can stop wanting new incidents once its allowance is full.
            if (wanted(record.Id))
            {
                yield return (record, Generate(record, distractors));
            }
        }
    }

    /// <summary>The card with this id and the incident it belongs to, looking in <paramref name="incidentId"/> when known, else everywhere.</summary>
    public async Task<(Card Card, IncidentRecord Record)?> FindAsync(string cardId, Guid? incidentId, CancellationToken cancellationToken)
    {
        await foreach (var (record, cards) in StreamAsync(id => incidentId is null || id == incidentId, cancellationToken))
        {
            if (cards.FirstOrDefault(c => c.Id == cardId) is { } card)
            {
                return (card, record);
            }
        }

        return null;
    }

    private IReadOnlyList<Card> Generate(IncidentRecord record, DistractorIndex distractors) =>
        CardGenerator.Deck(record, distractors, learning.Timelines);
}
