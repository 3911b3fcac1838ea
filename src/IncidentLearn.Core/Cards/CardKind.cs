namespace IncidentLearn.Core.Cards;

/// <summary>The kinds of flashcard the generator makes; the wire names are the lower-case words.</summary>
public enum CardKind
{
    Qa,
    Cloze,
    Choice,
    Order,
    Duration,
}
