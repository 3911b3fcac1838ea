namespace IncidentLearn.Data.Entities;

/// <summary>
/// How a record is stored: the whole record as a JSON document (so a field added to the record needs no
/// migration), beside copies of the fields people list, filter and sort by.
/// </summary>
public sealed class IncidentEntity
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";

    public DateOnly? Date { get; set; }

    public string? Severity { get; set; }

    public string Status { get; set; } = "";

    public string? Summary { get; set; }

    /// <summary>The record as JSON (IncidentJson), the source of truth for everything but the columns above.</summary>
    public string Document { get; set; } = "";

    /// <summary>Bumped on every update; the ETag, and the concurrency token that makes a stale write fail.</summary>
    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<IncidentTagEntity> Tags { get; set; } = [];

    public List<IncidentServiceEntity> Services { get; set; } = [];
}
