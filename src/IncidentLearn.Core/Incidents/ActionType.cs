namespace IncidentLearn.Core.Incidents;

/// <summary>The post-mortem template's kinds of follow-up work.</summary>
public enum ActionType
{
    Mitigate,
    Prevent,
    Detect,
    Process,
}
