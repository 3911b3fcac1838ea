using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Timelines;

/// <summary>The moments post-mortems measure from and to.</summary>
public enum Milestone
{
    ImpactStart,
    Detected,
    Acknowledged,
    Mitigated,
    Resolved,
}

/// <summary>
/// One event as understood: the author's text untouched (<see cref="Source"/>) beside the instants read from it.
/// <see cref="Interval"/> runs from the start's estimate to the end's (or the start plus the stated duration
/// when no end was written); it is null for an event with no readable start or an end before its start.
/// </summary>
public sealed record AnalyzedEvent(
    int Index,
    TimelineEvent Source,
    UncertainInstant? Start,
    UncertainInstant? End,
    bool EndFromStatedDuration,
    TimelineInterval? Interval,
    DurationEstimate? Duration,
    TimeSpan? StatedDuration,
    int? Day,
    EventKind Kind,
    bool KindInferred,
    IReadOnlyList<Milestone> Milestones)
{
    /// <summary>The event as findings quote it. Worked out when asked: most events are never quoted.</summary>
    public string Quote => EventQuote.Of(Source);

    /// <summary>The author's own range text ("00:40–00:55"), for messages.</summary>
    public string RangeText => EventQuote.Range(Source);

    /// <summary>The latest instant the event is known to reach: its end, or its start for a moment.</summary>
    public DateTimeOffset? Reach => Interval?.End ?? Start?.Estimate;
}

/// <summary>Where a milestone was found: the event and the instant (its start, or its end for mitigated and resolved ranges).</summary>
public sealed record MilestoneMark(Milestone Milestone, int Event, DateTimeOffset At);

/// <summary>A key figure measured from impact start, naming the two events it runs between; Value is null when unknown.</summary>
public sealed record TimelineMetric(TimeSpan? Value, int? FromEvent, int? ToEvent);

public sealed record TimelineMetrics(TimelineMetric TimeToDetect, TimelineMetric TimeToAcknowledge, TimelineMetric TimeToMitigate, TimelineMetric TimeToResolve);

/// <summary>Everything the analyzer worked out about one record's timeline; renderings and the report read this.</summary>
public sealed record TimelineAnalysis(
    TimeZoneInfo Zone,
    DateOnly AnchorDate,
    IReadOnlyList<AnalyzedEvent> Events,
    IReadOnlyList<TimelineFinding> Findings,
    TimelineInterval? Span,
    IReadOnlyList<MilestoneMark> Milestones,
    TimelineMetrics Metrics,
    IReadOnlyDictionary<EventKind, TimeSpan> PerKind,
    IReadOnlyList<int> CriticalPath);

/// <summary>The analyzer's thresholds.</summary>
public sealed record TimelineAnalysisOptions
{
    /// <summary>Idle time at least this long, with no event running, is reported as a gap.</summary>
    public TimeSpan GapThreshold { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>A stated duration within this of the range's (plus the range's own vagueness) agrees with it.</summary>
    public TimeSpan DurationTolerance { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How far a hedged stated duration ("about 20 minutes") may be off, as a share of it (at least 5 minutes).</summary>
    public double HedgedDurationShare { get; init; } = 0.1;

    public static TimelineAnalysisOptions Default { get; } = new();
}
