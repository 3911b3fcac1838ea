using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Reading;

/// <summary>A record read from a write-up and the report on how it was read.</summary>
public sealed record ReadResult(IncidentRecord Record, ReadReport Report);
