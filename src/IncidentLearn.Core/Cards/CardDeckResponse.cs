using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentLearn.Core.Cards;

/// <summary>The wire shape of a deck for `quiz --json` and GET /api/incidents/{id}/cards: { "cards": [...] }.</summary>
public sealed record CardDeckResponse(IReadOnlyList<CardResponse> Cards)
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static CardDeckResponse From(IEnumerable<Card> cards) => new(cards.Select(CardResponse.From).ToList());

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}

/// <summary>One card on the wire; <see cref="Kind"/> is "qa", "cloze", "choice", "order" or "duration".</summary>
public sealed record CardResponse(
    string Id,
    string Kind,
    string Question,
    string Answer,
    [property: JsonPropertyName("choices")] IReadOnlyList<string> Choices,
    string Source)
{
    public static CardResponse From(Card card) =>
        new(card.Id, card.Kind.ToString().ToLowerInvariant(), card.Question, card.Answer, card.Choices, card.Source);
}
