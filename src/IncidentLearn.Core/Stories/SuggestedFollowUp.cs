namespace IncidentLearn.Core.Stories;

/// <summary>A question an interviewer would ask next, with an answer drawn from the record (null when it holds none) and where it came from.</summary>
public sealed record SuggestedFollowUp(string Question, string? Answer, string? Source);
