using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Anki;

/// <summary>An incident with the cards generated for it, the unit every export works on.</summary>
public sealed record IncidentCards(IncidentRecord Record, IReadOnlyList<Card> Cards);
