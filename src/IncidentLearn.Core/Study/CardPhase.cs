namespace IncidentLearn.Core.Study;

/// <summary>Where a card is in its life: never seen, in learning steps, in long-term review, or relearning after a lapse.</summary>
public enum CardPhase
{
    New,
    Learning,
    Review,
    Relearning,
}
