using IncidentLearn.Api.Incidents;
using IncidentLearn.Core;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Questions;
using IncidentLearn.Core.Redaction;
using IncidentLearn.Core.Stories;
using IncidentLearn.Data.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentLearn.Api.Stories;

/// <summary>STAR stories with coaching, the behavioural question bank, coverage across incidents, and redaction previews.</summary>
public static class StoriesApi
{
    public static RouteGroupBuilder MapStories(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Stories");
        group.MapGet("/incidents/{id:guid}/star", Star)
            .WithSummary("The incident as a 60-second and a 2-minute STAR answer, with coaching, follow-ups and matching questions; ?format=md for Markdown.");
        group.MapPost("/incidents/{id:guid}/redact", Redact)
            .WithSummary("A preview of the STAR story with company, customer, people, host, IP, URL and money details replaced.");
        group.MapGet("/questions", (LearningServices learning) => TypedResults.Ok(learning.Questions))
            .WithSummary("The behavioural question bank, by competency.");
        group.MapGet("/coverage", Coverage).WithSummary("Which competencies your stored stories answer, and which have no story yet.");
        return group;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Star(
        Guid id, string? format, IncidentStore store, LearningServices learning, CancellationToken cancellationToken)
    {
        var (record, notFound) = await store.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return notFound!;
        }

        var answer = learning.Answers.Build(record);
        return string.Equals(format, "md", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Text(StarStoryMarkdown.Render(answer, record.Title, learning.Templates), "text/markdown; charset=utf-8")
            : TypedResults.Text(answer.ToJson(), "application/json; charset=utf-8");
    }

    /// <summary>Extra names the record cannot reveal as names: the employer, customers, products.</summary>
    public sealed record RedactRequest(IReadOnlyList<string>? Companies, IReadOnlyList<string>? Customers);

    private static async Task<Results<Ok<RedactionPreview>, ProblemHttpResult>> Redact(
        Guid id, HttpRequest request, IncidentStore store, LearningServices learning, CancellationToken cancellationToken)
    {
        var (record, notFound) = await store.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return notFound!;
        }

        // The body is optional: a bare POST redacts with what the record itself reveals.
        var terms = RedactionTerms.None;
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var body = await request.ReadFromJsonAsync<RedactRequest>(IncidentJson.Options, cancellationToken);
            terms = new RedactionTerms(body?.Companies ?? [], body?.Customers ?? []);
        }

        return TypedResults.Ok(StoryRedaction.Preview(learning.Answers.Build(record), record, terms));
    }

    private static async Task<Ok<CoverageReport>> Coverage(IncidentStore store, LearningServices learning, CancellationToken cancellationToken)
    {
        // Records stream from the store one at a time; the report keeps only the best story per competency.
        var records = store.StreamRecordsAsync(cancellationToken).ToBlockingEnumerable(cancellationToken);
        var report = await Task.Run(() => CoverageReport.Build(learning.Matcher, records), cancellationToken);
        return TypedResults.Ok(report);
    }
}
