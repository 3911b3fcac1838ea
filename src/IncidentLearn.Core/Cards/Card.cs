namespace IncidentLearn.Core.Cards;

/// <summary>
/// One flashcard made from an incident record. <see cref="Source"/> names the record field it came from
/// ("rootCauses", "timeline[3]"); <see cref="Facet"/> is what the card asks about, and with the incident
/// id it fixes <see cref="Id"/>, so regenerating a deck keeps its ids.
/// </summary>
public sealed record Card
{
    public required string Id { get; init; }

    public required Guid IncidentId { get; init; }

    public required CardKind Kind { get; init; }

    public required string Facet { get; init; }

    public required string Question { get; init; }

    /// <summary>Plain text; list answers hold one item per line, each starting with "- ".</summary>
    public required string Answer { get; init; }

    public required string Source { get; init; }

    /// <summary>For choice and order cards: every option, the right one included, in display order.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>For cloze cards: the sentence with Anki-style deletions, "set to {{c1::20}}".</summary>
    public string? Cloze { get; init; }

    /// <summary>The incident's title, shown beside cards that would be ambiguous out of context.</summary>
    public string Context { get; init; } = "";

    /// <summary>How much the card is worth studying; the per-incident cap keeps the highest.</summary>
    public double Score { get; init; }

    /// <summary>Cloze deletion values, in cN order, when the card is a cloze.</summary>
    public IReadOnlyList<string> ClozeAnswers { get; init; } = [];
}
