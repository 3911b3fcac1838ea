namespace IncidentLearn.Data.Store;

public sealed record IncidentPage(IReadOnlyList<IncidentSummary> Items, int Total);
