namespace IncidentLearn.Core.Study;

/// <summary>One review by one user, kept so statistics and a later re-fit of the weights can be computed.</summary>
public sealed record ReviewLogEntry(
    string UserId,
    string CardId,
    ReviewRating Rating,
    DateTimeOffset ReviewedAt,
    CardPhase PhaseBefore,
    double? ElapsedDays,
    TimeSpan ScheduledInterval);
