using IncidentLearn.Api.Infrastructure;
using IncidentLearn.Core.CanonicalFormat;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Data.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IncidentLearn.Api.Incidents;

/// <summary>/api/incidents: list, read, create, replace (with If-Match) and delete incident records.</summary>
public static class IncidentsApi
{
    public static RouteGroupBuilder MapIncidents(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/incidents").WithTags("Incidents");

        group.MapGet("/", List).WithSummary("A page of incidents, filtered and sorted.");
        group.MapGet("/{id:guid}", Get).WithSummary("One incident; the ETag header is its version.");
        group.MapGet("/{id:guid}.md", GetMarkdown).WithSummary("One incident as canonical Markdown.");
        group.MapPost("/", Create)
            .AcceptsIncidentBody()
            .Produces<IncidentRecord>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Store a new incident sent as JSON or canonical Markdown.");
        group.MapPut("/{id:guid}", Replace)
            .AcceptsIncidentBody()
            .Produces<IncidentRecord>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Replace an incident; If-Match must carry the ETag you read.");
        group.MapDelete("/{id:guid}", Delete).WithSummary("Delete an incident.");
        return group;
    }

    private static async Task<Results<Ok<IncidentListResponse>, ValidationProblem>> List(
        [AsParameters] IncidentListParameters parameters, IncidentStore store, CancellationToken cancellationToken)
    {
        var (query, errors) = parameters.ToQuery();
        if (query is null)
        {
            return Problems.Validation(errors, "The list query is not valid.");
        }

        var page = await store.ListAsync(query, cancellationToken);
        return TypedResults.Ok(new IncidentListResponse(page.Items.Select(i => i.ToResponse()).ToList(), page.Total, query.Page, query.PageSize));
    }

    private static async Task<Results<Ok<IncidentRecord>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        Guid id, IncidentStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(id, cancellationToken);
        if (stored is null)
        {
            return Problems.NotFound(id);
        }

        var etag = ETags.For(stored.Version);
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(stored.Record);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetMarkdown(
        Guid id, IncidentStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(id, cancellationToken);
        if (stored is null)
        {
            return Problems.NotFound(id);
        }

        http.Response.Headers.ETag = ETags.For(stored.Version);
        return TypedResults.Text(CanonicalMarkdown.Write(stored.Record), "text/markdown; charset=utf-8");
    }

    private static async Task<IResult> Create(
        HttpRequest request, IncidentRequestReader reader, IncidentStore store, CancellationToken cancellationToken)
    {
        var (record, problem) = await reader.ReadAsync(request, cancellationToken);
        if (record is null)
        {
            return problem!;
        }

        if (record.Id != Guid.Empty && await store.GetAsync(record.Id, cancellationToken) is not null)
        {
            return Problems.Conflict(record.Id);
        }

        var stored = await store.AddAsync(record, cancellationToken);
        request.HttpContext.Response.Headers.ETag = ETags.For(stored.Version);
        return TypedResults.Created($"/api/incidents/{stored.Record.Id}", stored.Record);
    }

    private static async Task<IResult> Replace(
        Guid id, HttpRequest request, IncidentRequestReader reader, IncidentStore store, CancellationToken cancellationToken)
    {
        var ifMatch = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required.",
                detail: "Read the incident first and send its ETag in If-Match, so an edit never overwrites one you have not seen.");
        }

        var (record, problem) = await reader.ReadAsync(request, cancellationToken);
        if (record is null)
        {
            return problem!;
        }

        if (record.Id != Guid.Empty && record.Id != id)
        {
            return Problems.Field("id", $"The body is incident {record.Id} but the address names {id}.");
        }

        var expected = ETags.VersionFrom(ifMatch);
        var result = await store.UpdateAsync(id, record, expected ?? -1, cancellationToken);
        switch (result.Outcome)
        {
            case UpdateOutcome.NotFound:
                return Problems.NotFound(id);
            case UpdateOutcome.VersionMismatch:
                request.HttpContext.Response.Headers.ETag = ETags.For(result.Incident!.Version);
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status412PreconditionFailed,
                    title: "The incident changed since you read it.",
                    detail: $"Your If-Match was {ifMatch}; the stored version is {ETags.For(result.Incident.Version)}. Read it again, re-apply your edit and retry. Nothing was changed.");
            default:
                request.HttpContext.Response.Headers.ETag = ETags.For(result.Incident!.Version);
                return TypedResults.Ok(result.Incident.Record);
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, IncidentStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound(id);
}
