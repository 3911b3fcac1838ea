using System.Text.Json.Serialization;
using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Study;
using IncidentLearn.Data.Study;

namespace IncidentLearn.Api.Study;

/// <summary>A card's study state on the wire; phase is "new", "learning", "review" or "relearning". A new card's nulls are written, not left out.</summary>
public sealed record CardStateResponse(
    string Phase,
    int Step,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? Due,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? LastReview,
    int Reps,
    int Lapses,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Stability,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Difficulty);

/// <summary>One card of a session: the card as GET /api/incidents/{id}/cards shows it, its incident and where the learner stands with it.</summary>
public sealed record StudySessionCard(
    string CardId,
    Guid IncidentId,
    string IncidentTitle,
    string Kind,
    string Question,
    IReadOnlyList<string> Choices,
    string? Cloze,
    string Answer,
    string Source,
    CardStateResponse State);

/// <summary>GET /api/study/next: due cards first (most overdue first), then new cards while today's allowance lasts.</summary>
public sealed record StudySessionResponse(string User, DateTimeOffset Now, int Due, int New, int NewCardsLeftToday, IReadOnlyList<StudySessionCard> Cards);

/// <summary>POST /api/study/reviews: the card's new state, when it is next due and that interval in words.</summary>
public sealed record ReviewResponse(string CardId, Guid IncidentId, string Rating, CardStateResponse State, DateTimeOffset Due, string Interval, double IntervalMinutes);

public sealed record IncidentCardCount(Guid IncidentId, string Title, int Cards);

/// <summary>GET /api/study/stats; the collection counted is the cards the learner has started.</summary>
public sealed record StudyStatsResponse(
    string User,
    int DueToday,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Retention,
    int StreakDays, int ReviewsToday, int CardsStudied, IReadOnlyList<IncidentCardCount> CardsPerIncident);

/// <summary>DELETE /api/study/progress: what was forgotten.</summary>
public sealed record ProgressDeletedResponse(string User, int CardStates, int Reviews);

public static class StudyResponseMapping
{
    public static CardStateResponse ToResponse(this CardState state) => new(
        state.Phase.ToString().ToLowerInvariant(), state.Step, state.Due, state.LastReview, state.Reps, state.Lapses, state.Stability, state.Difficulty);

    public static StudySessionCard ToSessionCard(this Card card, string incidentTitle, CardState state) => new(
        card.Id, card.IncidentId, incidentTitle, card.Kind.ToString().ToLowerInvariant(), card.Question, card.Choices, card.Cloze, card.Answer, card.Source, state.ToResponse());

    public static ReviewResponse ToResponse(this SchedulingResult result, Guid incidentId) => new(
        result.State.CardId,
        incidentId,
        result.Log.Rating.ToString().ToLowerInvariant(),
        result.State.ToResponse(),
        result.State.Due!.Value,
        IntervalWords.Of(result.Interval),
        result.Interval.TotalMinutes);

    public static ProgressDeletedResponse ToResponse(this ProgressDeleted deleted, string user) => new(user, deleted.CardStates, deleted.Reviews);
}
