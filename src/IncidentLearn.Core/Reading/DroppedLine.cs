using IncidentLearn.Core.Reading.Noise;

namespace IncidentLearn.Core.Reading;

/// <summary>A line left out of the record: its 1-based number, its text (cleaned), what kind of furniture it is and why it was dropped.</summary>
public sealed record DroppedLine(int Line, string Text, string Reason, DropKind Kind);
