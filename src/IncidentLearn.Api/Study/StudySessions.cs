using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Study;
using IncidentLearn.Data.Study;

namespace IncidentLearn.Api.Study;

/// <summary>
/// Builds "what to study now" from the stored incidents and the learner's progress. Decks are generated only
/// for incidents the learner has started and, in date order, for as many new incidents as today's new-card
/// allowance needs; the stream stops as soon as both are covered.
/// </summary>
public sealed class StudySessions(StudyStore study, StudyDecks decks, StudyOptions options, TimeProvider clock)
{
    public async Task<StudySessionResponse> NextAsync(string user, Guid? incident, int limit, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var states = await study.StatesAsync(user, incident is { } only ? [only] : null, cancellationToken);
        var known = states.ToDictionary(s => s.State.CardId, s => s.State, StringComparer.Ordinal);
        var started = states.Select(s => s.IncidentId).ToHashSet();
        // Two days back covers the learner's "today" in any zone; only today's first reviews of new cards matter.
        var log = await study.LogAsync(user, now.AddDays(-2), cancellationToken);
        var today = StudyDay.Of(now, zone);
        var allowance = Math.Max(0, options.NewCardsPerDay - log.Count(e => e.PhaseBefore == CardPhase.New && StudyDay.Of(e.ReviewedAt, zone) == today));

        var collection = new List<StudyCard>();
        var cards = new Dictionary<string, (Card Card, string Title)>(StringComparer.Ordinal);
        int fresh = 0, startedSeen = 0;
        bool Wanted(Guid id) => (incident is null || id == incident) && (started.Contains(id) || fresh < allowance);
        await foreach (var (record, deck) in decks.StreamAsync(Wanted, cancellationToken))
        {
            foreach (var card in deck)
            {
                var state = known.GetValueOrDefault(card.Id) ?? CardState.NewCard(card.Id);
                fresh += state.Phase == CardPhase.New ? 1 : 0;
                collection.Add(new StudyCard(record.Id, state));
                cards[card.Id] = (card, record.Title);
            }

            startedSeen += started.Contains(record.Id) ? 1 : 0;
            if (startedSeen == started.Count && fresh >= allowance)
            {
                break;
            }
        }

        var queue = StudyQueue.Build(collection, log, now, options.NewCardsPerDay, zone);
        var dueCount = queue.Count(c => c.State.Phase != CardPhase.New);
        var shown = queue.Take(limit).Select(c => cards[c.State.CardId].Card.ToSessionCard(cards[c.State.CardId].Title, c.State)).ToList();
        return new StudySessionResponse(user, now, dueCount, queue.Count - dueCount, allowance, shown);
    }
}
