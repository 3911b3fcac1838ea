namespace IncidentLearn.Data.Store;

public enum UpdateOutcome
{
    Updated,
    NotFound,

    /// <summary>The caller's version was stale: someone else wrote first, and nothing was changed.</summary>
    VersionMismatch,
}

public sealed record UpdateResult(UpdateOutcome Outcome, StoredIncident? Incident);
