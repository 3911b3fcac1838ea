namespace IncidentLearn.Core.Incidents;

public enum EventKind
{
    Impact,
    Detection,
    Acknowledgement,
    Diagnosis,
    Mitigation,
    Resolution,
    Decision,
    Communication,
    Waiting,
    Other,
}
