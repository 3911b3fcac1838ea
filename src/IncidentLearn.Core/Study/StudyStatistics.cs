namespace IncidentLearn.Core.Study;

/// <summary>A learner's progress at a glance.</summary>
/// <param name="DueToday">Cards in learning or review that fall due before the learner's day ends.</param>
/// <param name="Retention">Share of reviews of cards in review that were not rated Again, or null with none yet.</param>
/// <param name="StreakDays">Consecutive days with at least one review, ending today (or yesterday, if today has none yet).</param>
/// <param name="CardsPerIncident">How many cards each incident contributes to the collection.</param>
public sealed record StudyStatistics(
    int DueToday,
    double? Retention,
    int StreakDays,
    int ReviewsToday,
    IReadOnlyDictionary<Guid, int> CardsPerIncident);
