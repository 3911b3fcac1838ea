using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Data.Store;

/// <summary>A record as the store holds it: the record itself and the version its ETag is made from.</summary>
public sealed record StoredIncident(IncidentRecord Record, long Version, DateTime CreatedAt, DateTime UpdatedAt);
