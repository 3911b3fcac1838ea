namespace IncidentLearn.Core.Timelines;

/// <summary>
/// A Gantt chart as pure numbers, for any drawing surface (SVG now, PDF later): x and width in minutes from
/// <see cref="Origin"/>, lanes counted from 0 so parallel events never share one. No pixels, colours or fonts.
/// </summary>
public sealed record TimelineLayout(
    DateTimeOffset Origin,
    double TotalMinutes,
    string DisplayZone,
    int LaneCount,
    IReadOnlyList<LayoutBar> Bars,
    IReadOnlyList<LayoutMilestone> Milestones,
    IReadOnlyList<LayoutMark> DayBoundaries,
    IReadOnlyList<LayoutMark> Ticks,
    IReadOnlyList<LayoutGap> Gaps,
    IReadOnlyList<LayoutNote> Findings);

/// <summary>
/// One event: a bar, or a moment when <see cref="IsMoment"/>. Its label may use [<see cref="LabelX"/>, LabelX + <see cref="Slot"/>]
/// in its lane; LabelX is before X only near the right edge, where the label has to sit to the left.
/// </summary>
public sealed record LayoutBar(
    int Event,
    int Lane,
    double X,
    double Width,
    double LabelX,
    double Slot,
    double EarliestX,
    double LatestEndX,
    string Kind,
    string Label,
    string TimeLabel,
    bool IsMoment,
    IReadOnlyList<string> FindingKinds)
{
    public bool Flagged => FindingKinds.Count > 0;
}

public sealed record LayoutMilestone(string Milestone, string Label, int Event, double X);

/// <summary>A vertical mark: a midnight (with the new day's name) or an axis tick (with the time).</summary>
public sealed record LayoutMark(double X, string Label);

public sealed record LayoutGap(double X, double Width, IReadOnlyList<int> Events);

public sealed record LayoutNote(string Kind, string Message, IReadOnlyList<int> Events);
