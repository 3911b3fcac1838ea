using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Reading.Timeline;

/// <summary>An event read from the source and the lines it came from.</summary>
public sealed record TimedEvent(TimelineEvent Event, SourceSpan Source);
