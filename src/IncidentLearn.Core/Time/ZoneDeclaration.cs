namespace IncidentLearn.Core.Time;

/// <summary>A sentence that sets the zone for the times around it ("(all times UTC)", "Timeline (UTC)"), with where it sits in the text.</summary>
public sealed record ZoneDeclaration(int Start, int Length, string Text, ZoneReading Zone);
