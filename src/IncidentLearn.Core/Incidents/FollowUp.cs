namespace IncidentLearn.Core.Incidents;

/// <summary>A question an interviewer (or a reviewer) would ask next, with the author's answer when there is one.</summary>
public sealed class FollowUp
{
    public string Question { get; set; } = "";

    public string? Answer { get; set; }
}
