using System.Text.Json.Serialization;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// The wire shape of an analysed timeline, for `incidentlearn timeline --json` and GET /api/incidents/{id}/timeline.
/// Names are fixed by attributes and unknown values are written as null (never dropped), so any serializer
/// options give the same document. Times are ISO 8601 with the offset of <see cref="DisplayZone"/>; lengths are minutes.
/// </summary>
public sealed class TimelineReport
{
    /// <summary>The IANA zone the author's times were read in.</summary>
    [JsonPropertyName("zone")]
    public string Zone { get; init; } = "UTC";

    /// <summary>The zone the times below are shown in (the record's unless another was asked for).</summary>
    [JsonPropertyName("displayZone")]
    public string DisplayZone { get; init; } = "UTC";

    [JsonPropertyName("events")]
    public List<TimelineReportEvent> Events { get; init; } = [];

    [JsonPropertyName("findings")]
    public List<TimelineReportFinding> Findings { get; init; } = [];

    /// <summary>From the first start to the last end (or start), in minutes.</summary>
    [JsonPropertyName("spanMinutes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? SpanMinutes { get; init; }

    [JsonPropertyName("metrics")]
    public TimelineReportMetrics Metrics { get; init; } = new();

    /// <summary>For each figure in <see cref="Metrics"/>, the two events it runs between: [impact start, milestone].</summary>
    [JsonPropertyName("metricEvents")]
    public Dictionary<string, int?[]> MetricEvents { get; init; } = [];

    [JsonPropertyName("milestones")]
    public List<TimelineReportMilestone> Milestones { get; init; } = [];

    /// <summary>Minutes with at least one event of each kind running (parallel events of one kind count once).</summary>
    [JsonPropertyName("perKind")]
    public Dictionary<string, double> PerKind { get; init; } = [];

    /// <summary>Event indexes from the first event to the one that finishes last, each the work the next waited on.</summary>
    [JsonPropertyName("criticalPath")]
    public List<int> CriticalPath { get; init; } = [];
}

public sealed class TimelineReportEvent
{
    [JsonPropertyName("index")]
    public int Index { get; init; }

    [JsonPropertyName("start")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Start { get; init; }

    [JsonPropertyName("end")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? End { get; init; }

    /// <summary>The length worked out from the range (or from the stated duration when no end was written).</summary>
    [JsonPropertyName("minutes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Minutes { get; init; }

    [JsonPropertyName("statedMinutes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? StatedMinutes { get; init; }

    /// <summary>The ± on <see cref="Minutes"/> that vague times ("15:??", "around 14:30") leave; 0 when both ends are exact.</summary>
    [JsonPropertyName("uncertaintyMinutes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? UncertaintyMinutes { get; init; }

    /// <summary>The ± on <see cref="Start"/>: half the window a vague start allows (30 for "15:??", 720 for a bare date); 0 when exact.</summary>
    [JsonPropertyName("startUncertaintyMinutes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? StartUncertaintyMinutes { get; init; }

    /// <summary>The day the start falls on, counted from the record's date (0) in the record's zone.</summary>
    [JsonPropertyName("day")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Day { get; init; }

    [JsonPropertyName("text")]
    public string Text { get; init; } = "";

    [JsonPropertyName("actor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Actor { get; init; }

    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "other";

    /// <summary>True when the kind was guessed from the text because the author gave none.</summary>
    [JsonPropertyName("kindInferred")]
    public bool KindInferred { get; init; }

    /// <summary>True when <see cref="End"/> was worked out as start plus the stated duration.</summary>
    [JsonPropertyName("endFromStatedDuration")]
    public bool EndFromStatedDuration { get; init; }

    [JsonPropertyName("milestones")]
    public List<string> Milestones { get; init; } = [];

    [JsonPropertyName("raw")]
    public TimelineReportRaw Raw { get; init; } = new();
}

/// <summary>The times exactly as the author wrote them.</summary>
public sealed class TimelineReportRaw
{
    [JsonPropertyName("start")]
    public string Start { get; init; } = "";

    [JsonPropertyName("end")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? End { get; init; }

    [JsonPropertyName("statedDuration")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? StatedDuration { get; init; }
}

public sealed class TimelineReportFinding
{
    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "";

    [JsonPropertyName("message")]
    public string Message { get; init; } = "";

    [JsonPropertyName("events")]
    public List<int> Events { get; init; } = [];
}

public sealed class TimelineReportMetrics
{
    [JsonPropertyName("timeToDetect")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? TimeToDetect { get; init; }

    [JsonPropertyName("timeToAcknowledge")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? TimeToAcknowledge { get; init; }

    [JsonPropertyName("timeToMitigate")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? TimeToMitigate { get; init; }

    [JsonPropertyName("timeToResolve")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? TimeToResolve { get; init; }
}

public sealed class TimelineReportMilestone
{
    [JsonPropertyName("milestone")]
    public string Milestone { get; init; } = "";

    [JsonPropertyName("event")]
    public int Event { get; init; }

    [JsonPropertyName("at")]
    public string At { get; init; } = "";
}
