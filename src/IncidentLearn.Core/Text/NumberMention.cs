namespace IncidentLearn.Core.Text;

/// <summary>A number the text states: as written (spaces tidied), its value, and the unit or noun it counts.</summary>
public sealed record NumberMention(string Text, double Value, string? Unit);
