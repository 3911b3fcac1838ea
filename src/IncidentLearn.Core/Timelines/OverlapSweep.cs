namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Finds parallel work in one sweep: events in start order, with the ranges still running kept in a heap by end.
/// Each pair that shares time is one finding; one range inside another says so. Moments (no end) never overlap.
/// </summary>
internal static class OverlapSweep
{
    public static void Find(IReadOnlyList<AnalyzedEvent> byStart, List<TimelineFinding> findings)
    {
        var running = new PriorityQueue<AnalyzedEvent, DateTimeOffset>();
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

            foreach (var (other, _) in running.UnorderedItems)
            {
                findings.Add(Describe(other, current));
            }

            running.Enqueue(current, interval.End);
        }
    }

    private static TimelineFinding Describe(AnalyzedEvent earlier, AnalyzedEvent later)
    {
        var outer = earlier.Interval!.Value;
        var inner = later.Interval!.Value;
        var events = earlier.Index < later.Index ? new[] { earlier.Index, later.Index } : [later.Index, earlier.Index];
        // Messages are joined in one allocation each: long logs produce tens of thousands of them.
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
}
