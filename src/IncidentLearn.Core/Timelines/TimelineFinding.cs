namespace IncidentLearn.Core.Timelines;

/// <summary>Something worth a reader's attention in a timeline, naming the events (by index in the record) it concerns.</summary>
public sealed record TimelineFinding(string Kind, string Message, IReadOnlyList<int> Events);

/// <summary>The kinds of finding, as they appear on the wire.</summary>
public static class TimelineFindingKinds
{
    public const string UnreadableTime = "unreadable-time";
    public const string UnreadableDuration = "unreadable-duration";
    public const string DayRollover = "day-rollover";
    public const string EndBeforeStart = "end-before-start";
    public const string OutOfOrder = "out-of-order";
    public const string DurationMismatch = "duration-mismatch";
    public const string Overlap = "overlap";
    public const string Gap = "gap";
    public const string MilestoneOrder = "milestone-order";
    public const string AssumedDate = "assumed-date";
    public const string AssumedZone = "assumed-zone";
    public const string SkippedLocalTime = "skipped-local-time";

    /// <summary>The order findings are listed in for one event, so reports read the same every time.</summary>
    public static int Rank(string kind) => Array.IndexOf(Order, kind) is var i and >= 0 ? i : Order.Length;

    private static readonly string[] Order =
    [
        AssumedZone, AssumedDate, UnreadableTime, UnreadableDuration, SkippedLocalTime, DayRollover, EndBeforeStart,
        OutOfOrder, DurationMismatch, Overlap, Gap, MilestoneOrder,
    ];
}
