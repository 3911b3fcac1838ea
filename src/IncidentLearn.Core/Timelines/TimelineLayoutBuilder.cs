using System.Globalization;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Lays an analysis out as a <see cref="TimelineLayout"/>. Lanes are packed greedily in start order (lowest free
/// lane first, one heap), each event holding its lane for its length or a minimum slot, so short events keep room
/// for a label. Ticks fall on round wall-clock times in the display zone; day boundaries at its midnights.
/// </summary>
public static class TimelineLayoutBuilder
{
    private static readonly int[] TickSteps = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];

    /// <summary>The share of the whole chart each event keeps free in its lane for its label.</summary>
    public const double LabelSlotShare = 0.16;

    public static TimelineLayout Build(TimelineAnalysis analysis, TimeZoneInfo? displayZone = null, int maxTicks = 12)
    {
        var zone = displayZone ?? analysis.Zone;
        var placed = analysis.Events.Where(e => e.Start is not null).OrderBy(e => e.Start!.Value.Estimate).ThenBy(e => e.Index).ToArray();
        if (analysis.Span is null || placed.Length == 0)
        {
            return new TimelineLayout(DateTimeOffset.UnixEpoch, 0, zone.Id, 0, [], [], [], [], [], Notes(analysis));
        }

        // The chart reaches as far as vague times might: "between 14:00 and 14:20" as the first event starts the axis at 14:00.
        var origin = placed.Min(e => e.Start!.Value.Earliest);
        var last = placed.Max(e => e.End?.Latest > e.Reach ? e.End.Value.Latest : e.Reach!.Value);
        var total = Math.Max((last - origin).TotalMinutes, 1);
        double X(DateTimeOffset instant) => (instant - origin).TotalMinutes;
        var flags = analysis.Findings
            .Where(f => f.Kind is not (TimelineFindingKinds.DayRollover or TimelineFindingKinds.AssumedDate or TimelineFindingKinds.AssumedZone))
            .SelectMany(f => f.Events.Select(e => (Event: e, f.Kind)))
            .ToLookup(p => p.Event, p => p.Kind);

        var bars = new List<LayoutBar>(placed.Length);
        var busy = new PriorityQueue<int, double>();
        var free = new SortedSet<int>();
        var lanes = 0;
        var slotMinimum = total * LabelSlotShare;
        foreach (var e in placed)
        {
            var start = e.Start!.Value;
            var x = X(start.Estimate);
            var width = e.Interval is { } interval ? interval.Duration.TotalMinutes : 0;
            // Near the right edge the label room starts earlier; min(x, total - slot) still rises with x, so one heap suffices.
            var slot = Math.Max(width, slotMinimum);
            var labelX = Math.Max(Math.Min(x, total - slot), 0);
            while (busy.TryPeek(out var lane, out var until) && until <= labelX)
            {
                busy.Dequeue();
                free.Add(lane);
            }

            int chosen;
            if (free.Count > 0)
            {
                chosen = free.Min;
                free.Remove(chosen);
            }
            else
            {
                chosen = lanes++;
            }

            busy.Enqueue(chosen, Math.Max(labelX + slot, x + width));
            var latestEnd = e.End is { } end ? X(end.Latest) : x + width;
            bars.Add(new LayoutBar(
                e.Index, chosen, x, width, labelX, slot, X(start.Earliest), latestEnd, TimelineReportBuilder.WireName(e.Kind), e.Source.Text.ReplaceLineEndings(" ").Trim(),
                TimeLabel(e, zone), e.Interval is not { IsInstant: false }, [.. flags[e.Index].Distinct()]));
        }

        var milestones = analysis.Milestones
            .Select(m => new LayoutMilestone(TimelineReportBuilder.WireName(m.Milestone), MilestoneFinder.Name(m.Milestone), m.Event, X(m.At)))
            .ToList();
        var (days, ticks) = Marks(origin, total, zone, maxTicks);
        return new TimelineLayout(origin, total, zone.Id, lanes, bars, milestones, days, ticks, Gaps(analysis, X), Notes(analysis));
    }

    private static string TimeLabel(AnalyzedEvent e, TimeZoneInfo zone)
    {
        var start = TimeZoneInfo.ConvertTime(e.Start!.Value.Estimate, zone).ToString("HH:mm", CultureInfo.InvariantCulture);
        var prefix = e.Start.Value.IsExact ? "" : "~";
        return e.Interval is { IsInstant: false } interval
            ? $"{prefix}{start}–{TimeZoneInfo.ConvertTime(interval.End, zone).ToString("HH:mm", CultureInfo.InvariantCulture)}"
            : prefix + start;
    }

    private static (List<LayoutMark> Days, List<LayoutMark> Ticks) Marks(DateTimeOffset origin, double total, TimeZoneInfo zone, int maxTicks)
    {
        var step = TickSteps.FirstOrDefault(s => total / s <= maxTicks, TickSteps[^1]);
        var days = new List<LayoutMark>();
        var ticks = new List<LayoutMark>();
        var local = TimeZoneInfo.ConvertTime(origin, zone);
        var midnight = local.Date;
        for (var day = midnight.AddDays(1); ; day = day.AddDays(1))
        {
            var x = (ToInstant(day, zone) - origin).TotalMinutes;
            if (x > total)
            {
                break;
            }

            days.Add(new LayoutMark(x, day.ToString("ddd d MMM", CultureInfo.InvariantCulture)));
        }

        // Walk wall-clock steps from the local midnight so ticks land on round times even across a clock change.
        var first = midnight.AddMinutes(Math.Ceiling((local.DateTime - midnight).TotalMinutes / step) * step);
        for (var wall = first; ; wall = wall.AddMinutes(step))
        {
            var x = (ToInstant(wall, zone) - origin).TotalMinutes;
            if (x > total + 1e-9)
            {
                break;
            }

            ticks.Add(new LayoutMark(x, wall.ToString(step >= 1440 ? "d MMM" : "HH:mm", CultureInfo.InvariantCulture)));
        }

        return (days, ticks);
    }

    private static DateTimeOffset ToInstant(DateTime wall, TimeZoneInfo zone) =>
        zone.IsInvalidTime(wall) ? new DateTimeOffset(wall.AddHours(1), zone.GetUtcOffset(wall.AddHours(1))) : new DateTimeOffset(wall, zone.GetUtcOffset(wall));

    private static List<LayoutGap> Gaps(TimelineAnalysis analysis, Func<DateTimeOffset, double> x) =>
        [.. analysis.Findings
            .Where(f => f.Kind == TimelineFindingKinds.Gap && f.Events.Count == 2)
            .Select(f => (From: analysis.Events[f.Events[0]].Reach, To: analysis.Events[f.Events[1]].Start?.Estimate, f.Events))
            .Where(g => g.From is not null && g.To is not null)
            .Select(g => new LayoutGap(x(g.From!.Value), (g.To!.Value - g.From!.Value).TotalMinutes, g.Events))];

    private static List<LayoutNote> Notes(TimelineAnalysis analysis) =>
        [.. analysis.Findings.Select(f => new LayoutNote(f.Kind, f.Message, f.Events))];
}
