namespace IncidentLearn.Data.Store;

/// <summary>A page of the incident list with its filters; every filter is optional and they combine with AND.</summary>
public sealed record IncidentQuery
{
    public const int MaxPageSize = 200;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    public string? Tag { get; init; }

    public string? Severity { get; init; }

    public string? Service { get; init; }

    public string? Status { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public IncidentSort Sort { get; init; } = IncidentSort.DateDescending;
}
