using System.Globalization;
using System.Text;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Finds parallel work by sweeping events in start order, with the ranges still running kept in a heap by end.
/// A stretch is a run of ranges with no moment free of work between them. In a stretch of a few ranges, each one
/// that starts while others run is a finding naming them all: with a single other, how long the two share or that
/// one runs entirely inside the other. A stretch of many ranges is one finding, since pair-by-pair findings
/// there are too many to read. Moments (no end) never overlap.
/// </summary>
internal static class OverlapSweep
{
    /// <summary>A stretch with more ranges than this is reported as one finding.</summary>
    public const int LargestListedStretch = 12;

    // A finding names this many of the ranges already running; its event list still carries every one.
    private const int NamedInMessage = 3;

    public static void Find(IReadOnlyList<AnalyzedEvent> byStart, List<TimelineFinding> findings)
    {
        var stretches = Stretches(byStart);
        var running = new PriorityQueue<AnalyzedEvent, DateTimeOffset>();
        var alongside = new List<AnalyzedEvent>();
        var message = new StringBuilder();
        var stretch = -1;
        foreach (var current in Ranges(byStart, running))
        {
            if (running.Count == 0)
            {
                stretch++;
                if (stretches[stretch].Members.Count > LargestListedStretch)
                {
                    findings.Add(DescribeStretch(stretches[stretch]));
                }
            }
            else if (stretches[stretch].Members.Count <= LargestListedStretch)
            {
                alongside.Clear();
                foreach (var (other, _) in running.UnorderedItems)
                {
                    alongside.Add(other);
                }

                findings.Add(alongside.Count == 1 ? DescribePair(alongside[0], current) : DescribeGroup(current, alongside, message));
            }
        }
    }

    // First pass: which ranges make up each stretch, so the second knows which to list and which to sum up.
    private static List<Stretch> Stretches(IReadOnlyList<AnalyzedEvent> byStart)
    {
        var stretches = new List<Stretch>();
        var running = new PriorityQueue<AnalyzedEvent, DateTimeOffset>();
        foreach (var current in Ranges(byStart, running))
        {
            if (running.Count == 0)
            {
                stretches.Add(new Stretch(current));
            }

            stretches[^1].Add(current, running.Count + 1);
        }

        return stretches;
    }

    // The ranges in start order, each handed out when the heap holds just the ranges still running as it starts;
    // it joins the heap after.
    private static IEnumerable<AnalyzedEvent> Ranges(IReadOnlyList<AnalyzedEvent> byStart, PriorityQueue<AnalyzedEvent, DateTimeOffset> running)
    {
        foreach (var current in byStart)
        {
            if (current.Interval is not { IsInstant: false } interval)
            {
                continue;
            }

            while (running.TryPeek(out _, out var end) && end <= interval.Start)
            {
                running.Dequeue();
            }

            yield return current;
            running.Enqueue(current, interval.End);
        }
    }

    private static TimelineFinding DescribePair(AnalyzedEvent earlier, AnalyzedEvent later)
    {
        var outer = earlier.Interval!.Value;
        var inner = later.Interval!.Value;
        var events = earlier.Index < later.Index ? new[] { earlier.Index, later.Index } : [later.Index, earlier.Index];
        var outerEncloses = outer.Encloses(inner);
        if (outerEncloses || inner.Encloses(outer))
        {
            var (big, small) = outerEncloses ? (earlier, later) : (later, earlier);
            return new TimelineFinding(
                TimelineFindingKinds.Overlap,
                string.Concat([small.Quote, " (", small.RangeText, ") runs entirely inside ", big.Quote, " (", big.RangeText, ")."]),
                events);
        }

        var shared = (outer.End < inner.End ? outer.End : inner.End) - inner.Start;
        return new TimelineFinding(
            TimelineFindingKinds.Overlap,
            string.Concat([earlier.Quote, " (", earlier.RangeText, ") and ", later.Quote, " (", later.RangeText, ") run in parallel for ", MinutesText.Of(shared), "."]),
            events);
    }

    // "“Rolled back…” (14:05–14:20) starts while 4 others are still running: “A…” (14:00–14:30), “B…” (…), “C…” (…) and 1 more."
    private static TimelineFinding DescribeGroup(AnalyzedEvent current, List<AnalyzedEvent> alongside, StringBuilder message)
    {
        // Named in the order they started, so the message reads like the log.
        alongside.Sort(static (a, b) => a.Interval!.Value.Start != b.Interval!.Value.Start
            ? a.Interval.Value.Start.CompareTo(b.Interval.Value.Start)
            : a.Index.CompareTo(b.Index));
        message.Clear().Append(current.Quote).Append(" (").Append(current.RangeText).Append(") starts while ")
            .Append(alongside.Count.ToString(CultureInfo.InvariantCulture)).Append(" others are still running: ");
        var named = Math.Min(alongside.Count, NamedInMessage);
        for (var i = 0; i < named; i++)
        {
            var separator = i == 0 ? "" : i == named - 1 && named == alongside.Count ? " and " : ", ";
            message.Append(separator).Append(alongside[i].Quote).Append(" (").Append(alongside[i].RangeText).Append(')');
        }

        if (alongside.Count > named)
        {
            message.Append(" and ").Append((alongside.Count - named).ToString(CultureInfo.InvariantCulture)).Append(" more");
        }

        var events = new int[alongside.Count + 1];
        for (var i = 0; i < alongside.Count; i++)
        {
            events[i] = alongside[i].Index;
        }

        events[^1] = current.Index;
        Array.Sort(events);
        return new TimelineFinding(TimelineFindingKinds.Overlap, message.Append('.').ToString(), events);
    }

    private static TimelineFinding DescribeStretch(Stretch stretch)
    {
        var first = stretch.Members[0];
        var events = new int[stretch.Members.Count];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = stretch.Members[i].Index;
        }

        Array.Sort(events);
        return new TimelineFinding(
            TimelineFindingKinds.Overlap,
            string.Create(CultureInfo.InvariantCulture, $"{events.Length} ranges overlap without a break from {first.Quote} ({first.RangeText}) to {stretch.Last.Quote} ({stretch.Last.RangeText}), up to {stretch.MostAtOnce} at once, over {MinutesText.Of(stretch.Last.Interval!.Value.End - first.Interval!.Value.Start)}; too many to list pair by pair, the chart shows them lane by lane."),
            events);
    }

    /// <summary>A run of ranges with no moment free of work between them.</summary>
    private sealed class Stretch(AnalyzedEvent first)
    {
        public List<AnalyzedEvent> Members { get; } = [];

        /// <summary>The range that reaches furthest, which ends the stretch.</summary>
        public AnalyzedEvent Last { get; private set; } = first;

        public int MostAtOnce { get; private set; }

        public void Add(AnalyzedEvent range, int runningNow)
        {
            Members.Add(range);
            MostAtOnce = Math.Max(MostAtOnce, runningNow);
            if (range.Interval!.Value.End > Last.Interval!.Value.End)
            {
                Last = range;
            }
        }
    }
}
