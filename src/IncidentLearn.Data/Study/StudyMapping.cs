using IncidentLearn.Core.Study;
using IncidentLearn.Data.Entities;

namespace IncidentLearn.Data.Study;

/// <summary>Card states and log lines ⇄ rows. Instants are stored as UTC DateTimes and read back as UTC offsets.</summary>
internal static class StudyMapping
{
    public static StudyCard ToStudyCard(this CardStateEntity row) => new(row.IncidentId, new CardState
    {
        CardId = row.CardId,
        Phase = ParsePhase(row.Phase),
        Step = row.Step,
        Stability = row.Stability,
        Difficulty = row.Difficulty,
        Due = ToInstant(row.Due),
        LastReview = ToInstant(row.LastReview),
        Reps = row.Reps,
        Lapses = row.Lapses,
    });

    public static void CopyTo(this CardState state, CardStateEntity row)
    {
        row.Phase = PhaseText(state.Phase);
        row.Step = state.Step;
        row.Stability = state.Stability;
        row.Difficulty = state.Difficulty;
        row.Due = state.Due?.UtcDateTime;
        row.LastReview = state.LastReview?.UtcDateTime;
        row.Reps = state.Reps;
        row.Lapses = state.Lapses;
    }

    public static ReviewLogEntity ToRow(this ReviewLogEntry entry, Guid incidentId) => new()
    {
        Id = Guid.CreateVersion7(entry.ReviewedAt),
        UserId = entry.UserId,
        CardId = entry.CardId,
        IncidentId = incidentId,
        Rating = (int)entry.Rating,
        ReviewedAt = entry.ReviewedAt.UtcDateTime,
        PhaseBefore = PhaseText(entry.PhaseBefore),
        ElapsedDays = entry.ElapsedDays,
        ScheduledSeconds = (long)Math.Round(entry.ScheduledInterval.TotalSeconds),
    };

    public static ReviewLogEntry ToEntry(this ReviewLogEntity row) => new(
        row.UserId,
        row.CardId,
        (ReviewRating)row.Rating,
        ToInstant(row.ReviewedAt),
        ParsePhase(row.PhaseBefore),
        row.ElapsedDays,
        TimeSpan.FromSeconds(row.ScheduledSeconds));

    public static string PhaseText(CardPhase phase) => phase.ToString().ToLowerInvariant();

    public static CardPhase ParsePhase(string text) => Enum.Parse<CardPhase>(text, ignoreCase: true);

    // SQLite hands DateTimes back as Unspecified; they were written as UTC, so say so before converting.
    private static DateTimeOffset ToInstant(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static DateTimeOffset? ToInstant(DateTime? value) => value is { } v ? ToInstant(v) : null;
}
