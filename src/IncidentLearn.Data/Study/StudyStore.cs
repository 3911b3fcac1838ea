using IncidentLearn.Core.Study;
using IncidentLearn.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace IncidentLearn.Data.Study;

/// <summary>
/// Every read and write of study progress. A review is one transaction (the card's state and its log line
/// together); a review computed from a state another writer has changed meanwhile is recomputed, never lost.
/// </summary>
public sealed class StudyStore(IncidentLearnDbContext db)
{
    /// <summary>How often a review is recomputed after losing a race before the conflict is reported.</summary>
    public const int MaxAttempts = 5;

    /// <summary>The learner's cards (started ones only: a card without a row is new), optionally for some incidents.</summary>
    public async Task<IReadOnlyList<StudyCard>> StatesAsync(string userId, IReadOnlyCollection<Guid>? incidents = null, CancellationToken cancellationToken = default)
    {
        var rows = db.CardStates.AsNoTracking().Where(s => s.UserId == userId);
        if (incidents is not null)
        {
            rows = rows.Where(s => incidents.Contains(s.IncidentId));
        }

        var list = await rows.OrderBy(s => s.Due).ThenBy(s => s.CardId).ToListAsync(cancellationToken);
        return list.Select(r => r.ToStudyCard()).ToList();
    }

    public async Task<StudyCard?> StateAsync(string userId, string cardId, CancellationToken cancellationToken = default)
    {
        var row = await db.CardStates.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId && s.CardId == cardId, cancellationToken);
        return row?.ToStudyCard();
    }

    /// <summary>
    /// Reviews a card: reads the current state (a new card when there is none), lets <paramref name="scheduler"/>
    /// compute the next one, and stores state and log line in one transaction. When a concurrent review of the
    /// same card commits first, the version token (or the primary key, for a first review) makes this save fail,
    /// and the review is recomputed from the state that won, so both reviews count and neither is half-applied.
    /// </summary>
    public async Task<SchedulingResult> ReviewAsync(string userId, string cardId, Guid incidentId, ReviewRating rating, FsrsScheduler scheduler, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryReviewAsync(userId, cardId, incidentId, rating, scheduler, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another review of this card won the race; go round again from the state it left.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The learner's review log, oldest first, optionally only from <paramref name="since"/>.</summary>
    public async Task<IReadOnlyList<ReviewLogEntry>> LogAsync(string userId, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        var rows = db.ReviewLog.AsNoTracking().Where(r => r.UserId == userId);
        if (since is { } from)
        {
            var utc = from.UtcDateTime;
            rows = rows.Where(r => r.ReviewedAt >= utc);
        }

        var list = await rows.OrderBy(r => r.ReviewedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return list.Select(r => r.ToEntry()).ToList();
    }

    /// <summary>Forgets everything the learner has studied: their card states and their log.</summary>
    public async Task<ProgressDeleted> DeleteProgressAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var states = await db.CardStates.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var reviews = await db.ReviewLog.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ProgressDeleted(states, reviews);
    }

    /// <summary>Titles of the given incidents, for showing progress per incident without loading the records.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> IncidentTitlesAsync(IReadOnlyCollection<Guid> incidents, CancellationToken cancellationToken = default) =>
        await db.Incidents.AsNoTracking()
            .Where(i => incidents.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.Title, cancellationToken);

    private async Task<SchedulingResult> TryReviewAsync(string userId, string cardId, Guid incidentId, ReviewRating rating, FsrsScheduler scheduler, CancellationToken cancellationToken)
    {
        // On SQLite this begins IMMEDIATE, so a second writer waits here and then reads the first one's result.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.CardStates.FirstOrDefaultAsync(s => s.UserId == userId && s.CardId == cardId, cancellationToken);
        var current = row?.ToStudyCard().State ?? CardState.NewCard(cardId);

        var result = scheduler.Review(current, rating, userId);
        if (row is null)
        {
            row = new CardStateEntity { UserId = userId, CardId = cardId, IncidentId = incidentId, Version = 1 };
            db.CardStates.Add(row);
        }
        else
        {
            row.Version++;
        }

        result.State.CopyTo(row);
        db.ReviewLog.Add(result.Log.ToRow(row.IncidentId));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
