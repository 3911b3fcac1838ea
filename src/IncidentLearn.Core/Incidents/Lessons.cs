namespace IncidentLearn.Core.Incidents;

/// <summary>The template's three lists of lessons, plus lessons that fit none of them.</summary>
public sealed class Lessons
{
    public List<string> WentWell { get; set; } = [];

    public List<string> WentWrong { get; set; } = [];

    public List<string> GotLucky { get; set; } = [];

    public List<string> Other { get; set; } = [];
}
