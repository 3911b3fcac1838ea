using IncidentLearn.Api.Incidents;
using IncidentLearn.Core;
using IncidentLearn.Core.Cards;
using IncidentLearn.Data.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentLearn.Api.Cards;

/// <summary>/api/incidents/{id}/cards: the incident's flashcards, with wrong choices drawn from your other incidents.</summary>
public static class CardsApi
{
    public static RouteGroupBuilder MapCards(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/incidents/{id:guid}").WithTags("Cards");
        group.MapGet("/cards", Cards).WithSummary("Flashcards (qa, cloze, choice, order, duration), each naming the field it came from.");
        return group;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Cards(
        Guid id, IncidentStore store, LearningServices learning, CancellationToken cancellationToken)
    {
        var (record, notFound) = await store.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return notFound!;
        }

        var cards = await store.CardsForAsync(record, learning.Timelines, cancellationToken);
        return TypedResults.Text(CardDeckResponse.From(cards).ToJson(), "application/json; charset=utf-8");
    }
}
