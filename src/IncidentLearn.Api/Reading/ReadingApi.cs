using IncidentLearn.Api.Incidents;
using IncidentLearn.Api.Infrastructure;
using IncidentLearn.Core;
using IncidentLearn.Core.Importing;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Reading.Analysis;
using IncidentLearn.Data.Store;

namespace IncidentLearn.Api.Reading;

/// <summary>
/// Write-ups of any shape: POST /api/analyze shows how a text reads (nothing stored); POST /api/incidents/import
/// stores it with its source. Any content type: the body is taken as UTF-8 text.
/// </summary>
public static class ReadingApi
{
    public static RouteGroupBuilder MapReading(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Reading");
        group.MapPost("/analyze", Analyze)
            .Produces<AnalysisResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Read a write-up of any shape and return the analysis: shape, STAR parts, timeline, dropped lines, warnings. Nothing is stored.");
        group.MapPost("/incidents/import", Import)
            .Produces<ImportResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Read a write-up of any shape and store it as an incident, with its source text.");
        return group;
    }

    /// <summary>What an import answers: the stored record and how its text was read.</summary>
    public sealed record ImportResponse(Guid Id, IncidentRecord Incident, ReadReport Report);

    private static async Task<IResult> Analyze(HttpRequest request, RequestLimits limits, LearningServices learning, CancellationToken cancellationToken)
    {
        var (imported, problem) = await ReadAsync(request, limits, cancellationToken);
        if (imported is null)
        {
            return problem!;
        }

        var analysis = AnalysisBuilder.Build(new ReadResult(imported.Record!, imported.Report), learning.Timelines);
        return TypedResults.Text(AnalysisJson.Serialize(analysis), "application/json; charset=utf-8");
    }

    private static async Task<IResult> Import(HttpRequest request, RequestLimits limits, IncidentStore store, CancellationToken cancellationToken)
    {
        var (imported, problem) = await ReadAsync(request, limits, cancellationToken);
        if (imported is null)
        {
            return problem!;
        }

        var record = imported.Record!;
        var errors = IncidentValidator.Validate(record);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        if (record.Id != Guid.Empty && await store.GetAsync(record.Id, cancellationToken) is not null)
        {
            return Problems.Conflict(record.Id);
        }

        var stored = await store.AddAsync(record, cancellationToken);
        request.HttpContext.Response.Headers.ETag = ETags.For(stored.Version);
        return TypedResults.Created($"/api/incidents/{stored.Record.Id}", new ImportResponse(stored.Record.Id, stored.Record, imported.Report));
    }

    private static async Task<(ImportResult? Imported, IResult? Problem)> ReadAsync(HttpRequest request, RequestLimits limits, CancellationToken cancellationToken)
    {
        var (text, problem) = await BoundedBody.ReadTextAsync(request, limits.MaxBodyBytes, cancellationToken);
        if (text is null)
        {
            return (null, problem);
        }

        var imported = IncidentImporter.Read(text);
        if (imported.Succeeded)
        {
            return (imported, null);
        }

        var errors = imported.Problems
            .GroupBy(p => p.Field)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Line is { } line ? $"Line {line}: {p.Message}" : p.Message).ToArray());
        return (null, Problems.Validation(errors, "The text could not be read."));
    }
}
