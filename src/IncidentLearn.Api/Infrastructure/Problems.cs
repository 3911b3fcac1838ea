using IncidentLearn.Core.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentLearn.Api.Infrastructure;

/// <summary>The API's error bodies, so every handler words the same failure the same way.</summary>
public static class Problems
{
    public static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.",
        detail: $"The limit is {limit:N0} bytes ({limit / 1024.0 / 1024.0:0.##} MiB); set Limits:MaxBodyBytes to change it.");

    public static ValidationProblem Validation(IReadOnlyDictionary<string, string[]> errors, string title = "The incident is not valid.") =>
        TypedResults.ValidationProblem(errors, title: title);

    public static ValidationProblem Field(string field, string message, string title = "The incident is not valid.") =>
        Validation(new Dictionary<string, string[]> { [field] = [message] }, title);

    public static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such incident.",
        detail: $"There is no incident with id {id}.");

    public static ProblemHttpResult UnsupportedMediaType(string? contentType) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported content type.",
        detail: $"Send the incident as application/json or as canonical Markdown (text/markdown); got '{contentType ?? "none"}'.");

    public static ProblemHttpResult NotUtf8(DecodeError error) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The body is not UTF-8 text.",
        detail: error.Message);

    public static ProblemHttpResult Conflict(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "An incident with this id exists already.",
        detail: $"Incident {id} is stored already; replace it with PUT /api/incidents/{id} and its ETag, or leave the id out to store a copy.");
}
