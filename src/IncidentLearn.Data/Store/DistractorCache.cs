using IncidentLearn.Core.Cards;

namespace IncidentLearn.Data.Store;

/// <summary>
/// The distractor index of the stored incidents, kept between requests. Building it reads every record, which
/// every study review and card request would otherwise pay (about 80 ms at 1 000 incidents); a cheap fingerprint
/// of the table (count, last update, sum of versions) tells when an add, edit or delete has made it stale.
/// One per process; the index is never changed once built, so requests share it freely.
/// </summary>
public sealed class DistractorCache
{
    private Entry? current;

    public async Task<DistractorIndex> GetAsync(IncidentStore store, CancellationToken cancellationToken)
    {
        var fingerprint = await store.FingerprintAsync(cancellationToken);
        if (Volatile.Read(ref current) is { } cached && cached.Fingerprint == fingerprint)
        {
            return cached.Index;
        }

        // Two requests may both rebuild after a change; both get a correct index and the later one is kept.
        var index = new DistractorIndex();
        await foreach (var other in store.StreamRecordsAsync(cancellationToken))
        {
            index.Add(other);
        }

        Volatile.Write(ref current, new Entry(fingerprint, index));
        return index;
    }

    private sealed record Entry(StoreFingerprint Fingerprint, DistractorIndex Index);
}

/// <summary>What changes whenever stored incidents are added, edited or deleted.</summary>
public readonly record struct StoreFingerprint(int Count, DateTime? LastUpdate, long VersionSum);
