namespace IncidentLearn.Core.Timelines;

/// <summary>
/// A stretch of time between two instants, start-inclusive and end-exclusive, so two events that touch
/// (one ends 00:40, the next starts 00:40) do not overlap. Checked when built: the end is never before the start.
/// </summary>
public readonly record struct TimelineInterval
{
    public TimelineInterval(DateTimeOffset start, DateTimeOffset end)
    {
        if (end < start)
        {
            throw new ArgumentException($"An interval cannot end ({end:O}) before it starts ({start:O}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    public TimeSpan Duration => End - Start;

    public bool IsInstant => End == Start;

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>True when the two share some time; touching ends do not count.</summary>
    public bool Overlaps(TimelineInterval other) => Start < other.End && other.Start < End;

    /// <summary>True when the other lies wholly within this one and is not the same stretch.</summary>
    public bool Encloses(TimelineInterval other) => other.Start >= Start && other.End <= End && other != this;
}
