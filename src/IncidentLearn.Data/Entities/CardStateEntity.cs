namespace IncidentLearn.Data.Entities;

/// <summary>One learner's FSRS state for one card. Times are UTC DateTimes because SQLite cannot order DateTimeOffsets.</summary>
public sealed class CardStateEntity
{
    public string UserId { get; set; } = "";

    public string CardId { get; set; } = "";

    /// <summary>The incident the card was made from; the row goes when the incident does.</summary>
    public Guid IncidentId { get; set; }

    /// <summary>"new", "learning", "review" or "relearning".</summary>
    public string Phase { get; set; } = "";

    public int Step { get; set; }

    public double? Stability { get; set; }

    public double? Difficulty { get; set; }

    public DateTime? Due { get; set; }

    public DateTime? LastReview { get; set; }

    public int Reps { get; set; }

    public int Lapses { get; set; }

    /// <summary>Bumped on every review; the concurrency token that makes a review computed from a stale state fail.</summary>
    public long Version { get; set; }
}
