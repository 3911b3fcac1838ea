using IncidentLearn.Api.Incidents;
using IncidentLearn.Api.Infrastructure;
using IncidentLearn.Core;
using IncidentLearn.Core.Incidents;
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

    private static Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> Report(
        Guid id, string? zone, IncidentStore store, LearningServices learning, CancellationToken cancellationToken) =>
        RenderAsync(id, zone, store, learning, cancellationToken, (_, analysis, displayZone) =>
            TypedResults.Text(TimelineReportBuilder.ToJson(TimelineReportBuilder.Build(analysis, displayZone)), "application/json; charset=utf-8"));

    private static Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> Chart(
        Guid id, string? zone, IncidentStore store, LearningServices learning, CancellationToken cancellationToken) =>
        RenderAsync(id, zone, store, learning, cancellationToken, (record, analysis, displayZone) =>
            TypedResults.Text(SvgGanttRenderer.Render(TimelineLayoutBuilder.Build(analysis, displayZone), record.Title), "image/svg+xml; charset=utf-8"));

    // Both renderings start the same way: find the incident, check the display zone, analyse once.
    private static async Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> RenderAsync(
        Guid id, string? zone, IncidentStore store, LearningServices learning, CancellationToken cancellationToken,
        Func<IncidentRecord, TimelineAnalysis, TimeZoneInfo?, ContentHttpResult> render)
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

        return render(record, learning.Timelines.Analyze(record), displayZone);
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
