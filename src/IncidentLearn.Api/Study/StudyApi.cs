using IncidentLearn.Api.Infrastructure;
using IncidentLearn.Core.Study;
using IncidentLearn.Data.Store;
using IncidentLearn.Data.Study;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace IncidentLearn.Api.Study;

/// <summary>/api/study: spaced-repetition sessions over the stored incidents' cards, scheduled with FSRS-6, per learner.</summary>
public static class StudyApi
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    private const string NoSignIn = " There is no sign-in yet: the `user` query parameter (default \"me\") names the learner, and anyone may name anyone.";

    public static RouteGroupBuilder MapStudy(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/study").WithTags("Study");
        group.AddEndpointFilter(RequireValidUser).ProducesValidationProblem();

        group.MapGet("/next", Next)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The session: due cards, most overdue first, then new cards up to the daily allowance (Study:NewCardsPerDay)." + NoSignIn);
        group.MapPost("/reviews", Review)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Rate a card again, hard, good or easy (or 1-4); FSRS schedules it and the review is logged." + NoSignIn);
        group.MapGet("/stats", Stats).WithSummary("Due today, retention, streak, reviews today and cards per incident." + NoSignIn);
        group.MapDelete("/progress", Forget).WithSummary("Forget the learner's card states and review log." + NoSignIn);
        return group;
    }

    // Validated once for the group: every study endpoint is about one learner.
    private static async ValueTask<object?> RequireValidUser(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var values = context.HttpContext.Request.Query["user"];
        if (values.Count > 1 || (values.Count == 1 && !StudyRequests.IsValidUser(values[0] ?? "")))
        {
            return StudyProblems.Field("user", StudyRequests.UserRule);
        }

        return await next(context);
    }

    private static string Learner(string? user) => user ?? StudyRequests.DefaultUser;

    private static async Task<Results<Ok<StudySessionResponse>, ValidationProblem, ProblemHttpResult>> Next(
        string? user, Guid? incident, int? limit, string? zone, StudySessions sessions, IncidentStore incidents, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return StudyProblems.Field("limit", $"The limit is 1 to {MaxLimit} cards (default {DefaultLimit}).");
        }

        if (StudyRequests.FindZone(zone) is not { } timeZone)
        {
            return StudyProblems.Field("zone", $"Unknown time zone '{zone}'; use an IANA name such as Europe/Berlin.");
        }

        if (incident is { } id && await incidents.GetAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound(id);
        }

        return TypedResults.Ok(await sessions.NextAsync(Learner(user), incident, limit ?? DefaultLimit, timeZone, cancellationToken));
    }

    private static async Task<Results<Ok<ReviewResponse>, ValidationProblem, ProblemHttpResult>> Review(
        string? user, ReviewRequest request, StudyStore study, StudyDecks decks, FsrsScheduler scheduler, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.CardId))
        {
            errors["cardId"] = ["Name the card to review by its id (\"crd_…\")."];
        }

        if (StudyRequests.ParseRating(request.Rating) is not { } rating)
        {
            errors["rating"] = [StudyRequests.RatingRule];
            rating = default;
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors, StudyProblems.Title);
        }

        var learner = Learner(user);
        var cardId = request.CardId!.Trim();
        // A started card knows its incident; a new one is looked up in the incident the client names, or everywhere.
        var known = await study.StateAsync(learner, cardId, cancellationToken);
        if (await decks.FindAsync(cardId, known?.IncidentId ?? request.IncidentId, cancellationToken) is not { } found)
        {
            return StudyProblems.CardNotFound(cardId);
        }

        try
        {
            var result = await study.ReviewAsync(learner, cardId, found.Record.Id, rating, scheduler, cancellationToken);
            return TypedResults.Ok(result.ToResponse(found.Record.Id));
        }
        catch (DbUpdateException)
        {
            return StudyProblems.ReviewConflict(cardId);
        }
    }

    private static async Task<Results<Ok<StudyStatsResponse>, ValidationProblem>> Stats(
        string? user, string? zone, StudyStore study, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (StudyRequests.FindZone(zone) is not { } timeZone)
        {
            return StudyProblems.Field("zone", $"Unknown time zone '{zone}'; use an IANA name such as Europe/Berlin.");
        }

        var learner = Learner(user);
        var states = await study.StatesAsync(learner, cancellationToken: cancellationToken);
        var log = await study.LogAsync(learner, cancellationToken: cancellationToken);
        var stats = StudyStatisticsCalculator.Compute(states, log, clock.GetUtcNow(), timeZone);
        var titles = await study.IncidentTitlesAsync([.. stats.CardsPerIncident.Keys], cancellationToken);
        var perIncident = stats.CardsPerIncident
            .Select(p => new IncidentCardCount(p.Key, titles.GetValueOrDefault(p.Key, ""), p.Value))
            .OrderByDescending(c => c.Cards).ThenBy(c => c.Title, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new StudyStatsResponse(learner, stats.DueToday, stats.Retention, stats.StreakDays, stats.ReviewsToday, states.Count, perIncident));
    }

    private static async Task<Ok<ProgressDeletedResponse>> Forget(string? user, StudyStore study, CancellationToken cancellationToken)
    {
        var learner = Learner(user);
        return TypedResults.Ok((await study.DeleteProgressAsync(learner, cancellationToken)).ToResponse(learner));
    }
}
