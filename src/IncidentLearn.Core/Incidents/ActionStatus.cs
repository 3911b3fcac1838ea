namespace IncidentLearn.Core.Incidents;

public enum ActionStatus
{
    Open,
    InProgress,
    Done,
    WontDo,
}
