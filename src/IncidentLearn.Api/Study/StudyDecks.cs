using System.Runtime.CompilerServices;
using IncidentLearn.Core;
using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Data.Store;

namespace IncidentLearn.Api.Study;

/// <summary>
/// The stored incidents' cards, one deck at a time: records stream in date order and only the decks the caller
/// wants are generated, with wrong choices from the store's cached distractor index.
/// </summary>
public sealed class StudyDecks(IncidentStore incidents, LearningServices learning)
{
    public async IAsyncEnumerable<(IncidentRecord Record, IReadOnlyList<Card> Cards)> StreamAsync(
        Func<Guid, bool> wanted, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var distractors = await incidents.DistractorsAsync(cancellationToken);
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
        if (incidentId is { } id)
        {
            // The usual case (the client or the card's state names the incident): read that one record, not them all.
            if (await incidents.GetAsync(id, cancellationToken) is not { } stored)
            {
                return null;
            }

            var deck = Generate(stored.Record, await incidents.DistractorsAsync(cancellationToken));
            return deck.FirstOrDefault(c => c.Id == cardId) is { } found ? (found, stored.Record) : null;
        }

        await foreach (var (record, cards) in StreamAsync(_ => true, cancellationToken))
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
