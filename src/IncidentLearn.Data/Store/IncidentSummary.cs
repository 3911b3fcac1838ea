using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Data.Store;

/// <summary>What a list shows of an incident, read from the indexed columns without opening the document.</summary>
public sealed record IncidentSummary(
    Guid Id,
    string Title,
    DateOnly? Date,
    string? Severity,
    IncidentStatus Status,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Tags,
    string? Summary,
    long Version,
    DateTime UpdatedAt);
