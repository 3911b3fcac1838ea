namespace IncidentLearn.Data.Entities;

/// <summary>One review by one learner, append-only: statistics, the daily new-card allowance and a later re-fit of FSRS read it.</summary>
public sealed class ReviewLogEntity
{
    /// <summary>A version 7 GUID made by the app, so ids need no provider-specific identity column.</summary>
    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public string CardId { get; set; } = "";

    public Guid IncidentId { get; set; }

    /// <summary>FSRS's G: 1 again, 2 hard, 3 good, 4 easy.</summary>
    public int Rating { get; set; }

    public DateTime ReviewedAt { get; set; }

    public string PhaseBefore { get; set; } = "";

    public double? ElapsedDays { get; set; }

    /// <summary>Whole seconds: exact for every step (5.5 minutes is 330 s) and the same column type on every provider.</summary>
    public long ScheduledSeconds { get; set; }
}
