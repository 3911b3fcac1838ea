namespace IncidentLearn.Data.Study;

/// <summary>What forgetting a learner's progress removed.</summary>
public sealed record ProgressDeleted(int CardStates, int Reviews);
