namespace IncidentLearn.Core.Cards;

/// <summary>Builds cards for one record, filling the id and context every card shares.</summary>
internal sealed class CardDraft(Guid incidentId, string title)
{
    public string Title { get; } = title;

    public string QuotedTitle { get; } = CardText.Quote(title);

    public Card Make(CardKind kind, string facet, string question, string answer, string source, double score) => new()
    {
        Id = CardId.For(incidentId, facet),
        IncidentId = incidentId,
        Kind = kind,
        Facet = facet,
        Question = CardText.Collapse(question),
        Answer = answer.Trim(),
        Source = source,
        Context = Title,
        Score = score,
    };
}
