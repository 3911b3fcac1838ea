using IncidentLearn.Core.Incidents;
using IncidentLearn.Data.Store;

namespace IncidentLearn.Api.Incidents;

/// <summary>One row of the incident list, as the wire shows it.</summary>
public sealed record IncidentSummaryResponse(
    Guid Id,
    string Title,
    DateOnly? Date,
    string? Severity,
    IncidentStatus Status,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Tags,
    string? Summary,
    DateTime UpdatedAt);

public sealed record IncidentListResponse(IReadOnlyList<IncidentSummaryResponse> Items, int Total, int Page, int PageSize);

public static class IncidentResponseMapping
{
    public static IncidentSummaryResponse ToResponse(this IncidentSummary summary) =>
        new(summary.Id, summary.Title, summary.Date, summary.Severity, summary.Status, summary.Services, summary.Tags, summary.Summary, summary.UpdatedAt);
}
