namespace IncidentLearn.Core.Study;

/// <summary>A card in one learner's collection: which incident it belongs to and how well it is known.</summary>
public sealed record StudyCard(Guid IncidentId, CardState State);
