namespace IncidentLearn.Core.Study;

/// <summary>The four answers a learner gives after seeing a card; the numbers are FSRS's G.</summary>
public enum ReviewRating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}
