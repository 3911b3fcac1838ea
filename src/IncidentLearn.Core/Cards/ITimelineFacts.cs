namespace IncidentLearn.Core.Cards;

/// <summary>
/// The seam between cards and timeline analysis: when each event of a record's timeline started and ended,
/// as instants, in the order of <c>IncidentRecord.Timeline</c>; null where the time could not be read.
/// </summary>
public interface ITimelineFacts
{
    IReadOnlyList<EventSpan?> Spans { get; }
}

/// <summary>An event's instants; <see cref="End"/> is null for a point in time.</summary>
public readonly record struct EventSpan(DateTimeOffset Start, DateTimeOffset? End);
