using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace IncidentLearn.Data.Store;

/// <summary>
/// Every read and write of incidents goes through here, for the API and the command line alike.
/// Writes are single transactions: a rejected or stale write leaves what was stored untouched.
/// </summary>
public sealed class IncidentStore(IncidentLearnDbContext db, TimeProvider clock, DistractorCache distractorCache)
{
    public async Task<IncidentPage> ListAsync(IncidentQuery query, CancellationToken cancellationToken = default)
    {
        var incidents = Filter(db.Incidents.AsNoTracking(), query);
        var total = await incidents.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, IncidentQuery.MaxPageSize);
        var page = Math.Max(query.Page, 1);

        var rows = await Sort(incidents, query.Sort)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(i => new
            {
                i.Id,
                i.Title,
                i.Date,
                i.Severity,
                i.Status,
                i.Summary,
                i.Version,
                i.UpdatedAt,
                Services = i.Services.Select(s => s.Value).ToList(),
                Tags = i.Tags.Select(t => t.Value).ToList(),
            })
            .ToListAsync(cancellationToken);

        var items = rows
            .Select(r => new IncidentSummary(r.Id, r.Title, r.Date, r.Severity, IncidentMapping.ParseStatus(r.Status), r.Services, r.Tags, r.Summary, r.Version, r.UpdatedAt))
            .ToList();
        return new IncidentPage(items, total);
    }

    /// <summary>Every incident's id, in a stable order, for bulk work that must not load all records at once.</summary>
    public IAsyncEnumerable<Guid> StreamIdsAsync() =>
        db.Incidents.AsNoTracking().OrderBy(i => i.Date).ThenBy(i => i.Title).Select(i => i.Id).AsAsyncEnumerable();

    /// <summary>Every record, one at a time from one streaming query, for reports across incidents (coverage, distractors).</summary>
    public async IAsyncEnumerable<IncidentRecord> StreamRecordsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var documents = db.Incidents.AsNoTracking().OrderBy(i => i.Date).ThenBy(i => i.Title).Select(i => i.Document).AsAsyncEnumerable();
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            yield return IncidentJson.Deserialize(document);
        }
    }

    public async Task<StoredIncident?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var entity = await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return entity?.ToStored();
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => db.Incidents.CountAsync(cancellationToken);

    /// <summary>A cheap summary of the whole table that changes with every add, edit and delete (see <see cref="DistractorCache"/>).</summary>
    public async Task<StoreFingerprint> FingerprintAsync(CancellationToken cancellationToken = default) =>
        await db.Incidents
            .GroupBy(_ => 1)
            .Select(g => new StoreFingerprint(g.Count(), g.Max(i => (DateTime?)i.UpdatedAt), g.Sum(i => i.Version)))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Wrong answers for choice cards, from the stored incidents' fields; rebuilt only after the store has changed.</summary>
    public Task<DistractorIndex> DistractorsAsync(CancellationToken cancellationToken = default) =>
        distractorCache.GetAsync(this, cancellationToken);

    /// <summary>Stores a new record; an empty id is given a fresh one. Returns the record as stored.</summary>
    public async Task<StoredIncident> AddAsync(IncidentRecord record, CancellationToken cancellationToken = default)
    {
        if (record.Id == Guid.Empty)
        {
            record.Id = Guid.NewGuid();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entity = new IncidentEntity { CreatedAt = now, UpdatedAt = now, Version = 1 };
        record.CopyTo(entity);
        db.Incidents.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return entity.ToStored();
    }

    /// <summary>
    /// Replaces a record if the caller saw the current version. The version check is also the
    /// concurrency token, so two writers racing past the check still cannot both win.
    /// </summary>
    public async Task<UpdateResult> UpdateAsync(Guid id, IncidentRecord record, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var entity = await db.Incidents.Include(i => i.Tags).Include(i => i.Services).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (entity is null)
        {
            return new UpdateResult(UpdateOutcome.NotFound, null);
        }

        if (entity.Version != expectedVersion)
        {
            db.ChangeTracker.Clear();
            return new UpdateResult(UpdateOutcome.VersionMismatch, entity.ToStored());
        }

        record.Id = id;
        record.CopyTo(entity);
        entity.Version = expectedVersion + 1;
        entity.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await GetAsync(id, cancellationToken);
            return current is null
                ? new UpdateResult(UpdateOutcome.NotFound, null)
                : new UpdateResult(UpdateOutcome.VersionMismatch, current);
        }

        db.ChangeTracker.Clear();
        return new UpdateResult(UpdateOutcome.Updated, entity.ToStored());
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var deleted = await db.Incidents.Where(i => i.Id == id).ExecuteDeleteAsync(cancellationToken);
        return deleted > 0;
    }

    private static IQueryable<IncidentEntity> Filter(IQueryable<IncidentEntity> incidents, IncidentQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            incidents = incidents.Where(i => i.Tags.Any(t => t.Value == query.Tag));
        }

        if (!string.IsNullOrWhiteSpace(query.Service))
        {
            incidents = incidents.Where(i => i.Services.Any(s => s.Value == query.Service));
        }

        if (!string.IsNullOrWhiteSpace(query.Severity))
        {
            incidents = incidents.Where(i => i.Severity == query.Severity);
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            incidents = incidents.Where(i => i.Status == query.Status);
        }

        if (query.From is { } from)
        {
            incidents = incidents.Where(i => i.Date >= from);
        }

        if (query.To is { } to)
        {
            incidents = incidents.Where(i => i.Date <= to);
        }

        return incidents;
    }

    private static IQueryable<IncidentEntity> Sort(IQueryable<IncidentEntity> incidents, IncidentSort sort) => sort switch
    {
        IncidentSort.DateAscending => incidents.OrderBy(i => i.Date).ThenBy(i => i.Title).ThenBy(i => i.Id),
        IncidentSort.TitleAscending => incidents.OrderBy(i => i.Title).ThenBy(i => i.Id),
        IncidentSort.TitleDescending => incidents.OrderByDescending(i => i.Title).ThenBy(i => i.Id),
        IncidentSort.UpdatedDescending => incidents.OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.Id),
        IncidentSort.SeverityAscending => incidents.OrderBy(i => i.Severity).ThenByDescending(i => i.Date).ThenBy(i => i.Id),
        _ => incidents.OrderByDescending(i => i.Date).ThenBy(i => i.Title).ThenBy(i => i.Id),
    };
}
