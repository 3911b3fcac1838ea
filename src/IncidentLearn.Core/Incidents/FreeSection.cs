namespace IncidentLearn.Core.Incidents;

/// <summary>A section of the source that fits no field of the record, kept with its heading.</summary>
public sealed class FreeSection
{
    public string Heading { get; set; } = "";

    public string Body { get; set; } = "";
}
