using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Time spent per kind, as wall-clock time with at least one event of that kind running: two diagnosis
/// events in parallel for an hour count one hour, not two. Merged in one pass over events in start order.
/// </summary>
internal static class KindTotals
{
    public static IReadOnlyDictionary<EventKind, TimeSpan> Sum(IReadOnlyList<AnalyzedEvent> byStart)
    {
        var totals = new SortedDictionary<EventKind, TimeSpan>();
        var openUntil = new Dictionary<EventKind, (DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var current in byStart)
        {
            if (current.Interval is not { IsInstant: false } interval)
            {
                continue;
            }

            if (openUntil.TryGetValue(current.Kind, out var open) && interval.Start <= open.End)
            {
                openUntil[current.Kind] = (open.Start, interval.End > open.End ? interval.End : open.End);
                continue;
            }

            if (openUntil.ContainsKey(current.Kind))
            {
                Add(totals, current.Kind, open.End - open.Start);
            }

            openUntil[current.Kind] = (interval.Start, interval.End);
        }

        foreach (var (kind, open) in openUntil)
        {
            Add(totals, kind, open.End - open.Start);
        }

        return totals;
    }

    private static void Add(SortedDictionary<EventKind, TimeSpan> totals, EventKind kind, TimeSpan span) =>
        totals[kind] = totals.GetValueOrDefault(kind) + span;
}
