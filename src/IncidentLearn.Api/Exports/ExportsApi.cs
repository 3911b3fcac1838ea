using IncidentLearn.Api.Incidents;
using IncidentLearn.Api.Infrastructure;
using IncidentLearn.Core.Exports;
using IncidentLearn.Data.Exports;
using IncidentLearn.Data.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentLearn.Api.Exports;

/// <summary>Documents to share: one incident as PDF, canonical Markdown, share Markdown or an Anki deck; many as a zip.</summary>
public static class ExportsApi
{
    public static RouteGroupBuilder MapExports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Exports");
        group.MapGet("/incidents/{id:guid}/export", ExportOne)
            .WithSummary($"One incident as a file: ?format= one of {ExportFormats.Choices}; &cards=true adds the flashcards to a PDF.");
        group.MapPost("/exports", ExportMany)
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesValidationProblem()
            .WithSummary("Every incident matching a filter, as a zip of files in one format (an Anki export is one package inside).");
        return group;
    }

    /// <summary>What to export: a format and the same filters as the incident list.</summary>
    public sealed record ExportRequest(string? Format, bool Cards, string? Tag, string? Severity, string? Service, string? Status, string? From, string? To);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> ExportOne(
        Guid id, string? format, bool? cards, IncidentStore store, StoredIncidentExporter exporter, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryParse(format ?? "pdf", out var chosen))
        {
            return Problems.Field("format", $"'{format}' is not an export format; use one of {ExportFormats.Choices}.", "The export format is not known.");
        }

        var (record, notFound) = await store.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return notFound!;
        }

        var item = await exporter.ExportAsync(record, chosen, cards ?? false, cancellationToken);
        return TypedResults.File(item.Bytes, item.ContentType, item.Name);
    }

    private static async Task<Results<FileStreamHttpResult, ValidationProblem>> ExportMany(ExportRequest request, StoredIncidentExporter exporter, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryParse(request.Format ?? "md", out var format))
        {
            return Problems.Field("format", $"'{request.Format}' is not an export format; use one of {ExportFormats.Choices}.", "The export format is not known.");
        }

        var (query, errors) = new IncidentListParameters(1, IncidentQuery.MaxPageSize, request.Tag, request.Severity, request.Service, request.Status, request.From, request.To, null).ToQuery();
        if (query is null)
        {
            return Problems.Validation(errors, "The export filter is not valid.");
        }

        // Incidents are written into a temporary file one at a time (zip writing is partly synchronous, which
        // Kestrel refuses on a response body), then streamed out; the file goes when the response is done.
        var zip = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await ZipBundleWriter.WriteAsync(zip, exporter.ExportManyAsync(query, format, request.Cards, cancellationToken), cancellationToken: cancellationToken);
        zip.Position = 0;
        return TypedResults.File(zip, "application/zip", $"incidents-{format.WireName()}.zip");
    }
}
