using IncidentLearn.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentLearn.Api.Study;

/// <summary>The study API's error bodies, worded once.</summary>
public static class StudyProblems
{
    public const string Title = "The study request is not valid.";

    public static ValidationProblem Field(string field, string message) => Problems.Field(field, message, Title);

    public static ProblemHttpResult CardNotFound(string cardId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such card.",
        detail: $"No stored incident has a card with id '{cardId}'; take card ids from GET /api/study/next.");

    public static ProblemHttpResult ReviewConflict(string cardId) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The card kept changing while this review was saved.",
        detail: $"Card '{cardId}' was reviewed (or its incident deleted) concurrently {Data.Study.StudyStore.MaxAttempts} times; nothing was recorded. Try again.");
}
