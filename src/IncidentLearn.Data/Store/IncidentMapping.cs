using IncidentLearn.Core.Incidents;
using IncidentLearn.Data.Entities;

namespace IncidentLearn.Data.Store;

/// <summary>Record ⇄ entity. The entity's columns are copies of record fields; the document is the truth.</summary>
internal static class IncidentMapping
{
    public static void CopyTo(this IncidentRecord record, IncidentEntity entity)
    {
        entity.Id = record.Id;
        entity.Title = record.Title;
        entity.Date = record.Date;
        entity.Severity = record.Severity;
        entity.Status = StatusText(record.Status);
        entity.Summary = record.Summary;
        entity.Document = IncidentJson.Serialize(record);
        SyncValues(entity.Tags, record.Tags, t => t.Value, v => new IncidentTagEntity { IncidentId = record.Id, Value = v });
        SyncValues(entity.Services, record.Services, s => s.Value, v => new IncidentServiceEntity { IncidentId = record.Id, Value = v });
    }

    // Changes the stored rows in place (remove the gone, add the new) so the change tracker never sees
    // a deleted row and an added row with the same key.
    private static void SyncValues<T>(List<T> stored, IEnumerable<string> wanted, Func<T, string> valueOf, Func<string, T> create)
    {
        var wantedSet = wanted.ToHashSet(StringComparer.Ordinal);
        stored.RemoveAll(row => !wantedSet.Contains(valueOf(row)));
        var present = stored.Select(valueOf).ToHashSet(StringComparer.Ordinal);
        stored.AddRange(wantedSet.Where(v => !present.Contains(v)).Select(create));
    }

    public static StoredIncident ToStored(this IncidentEntity entity) =>
        new(IncidentJson.Deserialize(entity.Document), entity.Version, entity.CreatedAt, entity.UpdatedAt);

    public static string StatusText(IncidentStatus status) => status switch
    {
        IncidentStatus.Draft => "draft",
        IncidentStatus.InReview => "in-review",
        IncidentStatus.Published => "published",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static IncidentStatus ParseStatus(string text) => text switch
    {
        "in-review" => IncidentStatus.InReview,
        "published" => IncidentStatus.Published,
        _ => IncidentStatus.Draft,
    };
}
