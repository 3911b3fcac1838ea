namespace IncidentLearn.Core.Incidents;

/// <summary>Situation, Task, Action, Result as the author wrote them (or edited them).</summary>
public sealed class StarParts
{
    public string? Situation { get; set; }

    public string? Task { get; set; }

    public string? Action { get; set; }

    public string? Result { get; set; }
}
