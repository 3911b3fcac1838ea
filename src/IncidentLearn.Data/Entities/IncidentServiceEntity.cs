namespace IncidentLearn.Data.Entities;

/// <summary>One service an incident touched, kept apart for the same reason as tags.</summary>
public sealed class IncidentServiceEntity
{
    public Guid IncidentId { get; set; }

    public string Value { get; set; } = "";
}
