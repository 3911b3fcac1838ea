namespace IncidentLearn.Data.Entities;

/// <summary>One tag of an incident, in its own table so filtering by tag is an indexed join on every provider.</summary>
public sealed class IncidentTagEntity
{
    public Guid IncidentId { get; set; }

    public string Value { get; set; } = "";
}
