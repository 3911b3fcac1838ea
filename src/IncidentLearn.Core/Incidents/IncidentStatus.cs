namespace IncidentLearn.Core.Incidents;

public enum IncidentStatus
{
    Draft,
    InReview,
    Published,
}
