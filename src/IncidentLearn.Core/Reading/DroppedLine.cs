namespace IncidentLearn.Core.Reading;

/// <summary>A line left out of the record: its 1-based number, its text (cleaned), and why it was dropped.</summary>
public sealed record DroppedLine(int Line, string Text, string Reason);
