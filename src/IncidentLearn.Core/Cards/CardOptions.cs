namespace IncidentLearn.Core.Cards;

/// <summary>What the generator makes and how many it keeps.</summary>
public sealed record CardOptions
{
    public static CardOptions Default { get; } = new();

    public int MaxCardsPerIncident { get; init; } = 40;

    /// <summary>Options on a choice card, the right one included.</summary>
    public int ChoiceCount { get; init; } = 4;

    /// <summary>Longer prose answers are cut at a sentence end; flashcards are for recall, not reading.</summary>
    public int MaxAnswerWords { get; init; } = 60;

    public IReadOnlySet<CardKind> Kinds { get; init; } = new HashSet<CardKind>(Enum.GetValues<CardKind>());
}
