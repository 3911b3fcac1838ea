using IncidentLearn.Api.Incidents;
using IncidentLearn.Api.Infrastructure;
using IncidentLearn.Core;
using IncidentLearn.Core.Timelines;
using IncidentLearn.Data.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentLearn.Api.Timelines;

/// <summary>/api/incidents/{id}/timeline: the analysed timeline as JSON, and as an SVG Gantt chart.</summary>
public static class TimelinesApi
{
    public static RouteGroupBuilder MapTimelines(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/incidents/{id:guid}").WithTags("Timelines");
        group.MapGet("/timeline", Report)
            .WithSummary("Events with computed durations, findings (overlaps, gaps, mismatches…), span and key figures; ?zone= shows times in another IANA zone.");
        group.MapGet("/timeline.svg", Chart).WithSummary("The timeline as an SVG Gantt chart.");
        return group;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> Report(
        Guid id, string? zone, IncidentStore store, LearningServices learning, CancellationToken cancellationToken)
    {
        var (record, notFound) = await store.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return notFound!;
        }

        if (!TryZone(zone, out var displayZone, out var problem))
        {
            return problem!;
        }

        var report = TimelineReportBuilder.Build(learning.Timelines.Analyze(record), displayZone);
        return TypedResults.Text(TimelineReportBuilder.ToJson(report), "application/json; charset=utf-8");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> Chart(
        Guid id, string? zone, IncidentStore store, LearningServices learning, CancellationToken cancellationToken)
    {
        var (record, notFound) = await store.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return notFound!;
        }

        if (!TryZone(zone, out var displayZone, out var problem))
        {
            return problem!;
        }

        var layout = TimelineLayoutBuilder.Build(learning.Timelines.Analyze(record), displayZone);
        return TypedResults.Text(SvgGanttRenderer.Render(layout, record.Title), "image/svg+xml; charset=utf-8");
    }

    private static bool TryZone(string? zone, out TimeZoneInfo? displayZone, out ValidationProblem? problem)
    {
        displayZone = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(zone))
        {
            return true;
        }

        if (TimelineReportBuilder.TryFindZone(zone, out var found, out var message))
        {
            displayZone = found;
            return true;
        }

        problem = Problems.Field("zone", message ?? $"'{zone}' is not a known IANA time zone.", "The time zone is not known.");
        return false;
    }
}
