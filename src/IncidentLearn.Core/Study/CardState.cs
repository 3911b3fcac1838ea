namespace IncidentLearn.Core.Study;

/// <summary>
/// One learner's memory of one card, as FSRS tracks it. Immutable: the scheduler returns a new state.
/// Stability and difficulty are null until the first review.
/// </summary>
public sealed record CardState
{
    public required string CardId { get; init; }

    public CardPhase Phase { get; init; } = CardPhase.New;

    /// <summary>Index into the learning or relearning steps; meaningful only in those phases.</summary>
    public int Step { get; init; }

    /// <summary>Days until recall probability falls to 90 %.</summary>
    public double? Stability { get; init; }

    /// <summary>From 1 (easy) to 10 (hard).</summary>
    public double? Difficulty { get; init; }

    public DateTimeOffset? Due { get; init; }

    public DateTimeOffset? LastReview { get; init; }

    public int Reps { get; init; }

    public int Lapses { get; init; }

    public static CardState NewCard(string cardId) => new() { CardId = cardId };

    public bool IsDue(DateTimeOffset now) => Phase != CardPhase.New && Due is { } due && due <= now;
}
