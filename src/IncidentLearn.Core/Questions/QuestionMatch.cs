namespace IncidentLearn.Core.Questions;

/// <summary>How well a story answers one bank question: a score from 0 to 1 and the evidence behind it.</summary>
public sealed record QuestionMatch(string QuestionId, string Question, string CompetencyId, string Competency, double Score, string Reason);
