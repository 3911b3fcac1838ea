using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Reads a record's timeline into instants and analyses it: day inference, out-of-order starts, stated
/// durations against ranges, parallel work, idle gaps, milestones and the figures measured from impact
/// start, time per kind, span and critical path. Reads only the record; never throws on what the author wrote.
/// Every pass is linear or a sort (n log n), so long logs stay fast.
/// </summary>
public sealed class TimelineAnalyzer(TimelineAnalysisOptions? options = null)
{
    private readonly TimelineAnalysisOptions options = options ?? TimelineAnalysisOptions.Default;

    public TimelineAnalysis Analyze(IncidentRecord record)
    {
        var events = record.Timeline;
        // Most logs have fewer findings than events; sized so, the list rarely grows onto the large object heap.
        var findings = new List<TimelineFinding>(events.Count);
        using var readings = EventReadings.Read(events, findings);

        var zone = TimelineSettings.ResolveZone(record.TimeZone, readings.Starts.Span, readings.Ends.Span, findings);
        var anchor = TimelineSettings.ResolveAnchorDate(record.Date, readings.Starts.Span, readings.Ends.Span, findings);
        using var days = DayInference.Infer(events, readings.Starts, readings.Ends, anchor, zone);
        findings.AddRange(days.Findings);

        var analyzed = new AnalyzedEvent[events.Count];
        var kindsByText = new TextMemo<EventKind>(text => EventKindClassifier.Classify(text) ?? EventKind.Other);
        for (var i = 0; i < events.Count; i++)
        {
            analyzed[i] = Understand(i, events[i], days, readings.Stated[i], readings.Hedged[i], kindsByText, findings);
        }

        FindOutOfOrder(analyzed, findings);
        var byStart = InStartOrder(analyzed);
        OverlapSweep.Find(byStart, findings);
        GapFinder.Find(byStart, options.GapThreshold, findings);
        var (marks, metrics) = MilestoneFinder.Find(byStart, findings);
        foreach (var group in marks.GroupBy(m => m.Event))
        {
            analyzed[group.Key] = analyzed[group.Key] with { Milestones = [.. group.Select(m => m.Milestone)] };
        }

        return new TimelineAnalysis(
            zone,
            anchor,
            analyzed,
            Sorted(findings),
            SpanOf(byStart),
            marks,
            metrics,
            KindTotals.Sum(byStart),
            CriticalPathFinder.Find(byStart));
    }

    // Events with a readable start, by start and then by their place in the log. Sorted in place with a comparison
    // rather than LINQ's OrderBy, whose key arrays for a long log would land on the large object heap.
    private static AnalyzedEvent[] InStartOrder(AnalyzedEvent[] analyzed)
    {
        // Counted first: Array.FindAll grows a list, and for a long log those copies land on the large object heap too.
        var byStart = new AnalyzedEvent[analyzed.Count(e => e.Start is not null)];
        var next = 0;
        foreach (var e in analyzed)
        {
            if (e.Start is not null)
            {
                byStart[next++] = e;
            }
        }

        Array.Sort(byStart, static (a, b) =>
        {
            var order = a.Start!.Value.Estimate.UtcTicks.CompareTo(b.Start!.Value.Estimate.UtcTicks);
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });
        return byStart;
    }

    private AnalyzedEvent Understand(int index, TimelineEvent source, DayInferenceResult days, TimeSpan? stated, bool hedged, TextMemo<EventKind> kindsByText, List<TimelineFinding> findings)
    {
        var start = days.Starts[index];
        var end = days.Ends[index];
        TimelineInterval? interval = null;
        DurationEstimate? duration = null;
        var fromStated = false;
        if (start is { } s && end is { } e && e.Estimate >= s.Estimate)
        {
            interval = new TimelineInterval(s.Estimate, e.Estimate);
            duration = DurationEstimate.Between(s, e);
            CheckStated(index, source, duration.Value, stated, hedged, findings);
        }
        else if (start is { } alone && end is null && source.End is null && stated is { } length)
        {
            // No end written but a length stated: the author has told us when it ended.
            interval = new TimelineInterval(alone.Estimate, alone.Estimate + length);
            duration = new DurationEstimate(length, length, length + alone.Spread);
            fromStated = true;
        }
        else if (start is { } moment && source.End is null)
        {
            interval = new TimelineInterval(moment.Estimate, moment.Estimate);
        }

        var inferred = source.Kind is null;
        var kind = source.Kind ?? kindsByText[source.Text];
        return new AnalyzedEvent(index, source, start, fromStated ? null : end, fromStated, interval, duration, stated, days.Days[index], kind, inferred, []);
    }

    private void CheckStated(int index, TimelineEvent source, DurationEstimate computed, TimeSpan? stated, bool hedged, List<TimelineFinding> findings)
    {
        if (stated is not { } length)
        {
            return;
        }

        var slack = options.DurationTolerance;
        if (hedged)
        {
            var share = length * options.HedgedDurationShare;
            slack += share > TimeSpan.FromMinutes(5) ? share : TimeSpan.FromMinutes(5);
        }

        if (length < computed.Shortest - slack || length > computed.Longest + slack)
        {
            var range = computed.Shortest == computed.Longest ? MinutesText.Of(computed.Estimate) : $"between {MinutesText.Of(computed.Shortest)} and {MinutesText.Of(computed.Longest)}";
            findings.Add(new TimelineFinding(
                TimelineFindingKinds.DurationMismatch,
                $"{EventQuote.Of(source)} is stated as {source.StatedDuration!.Trim()}, but {EventQuote.Range(source)} is {range}.",
                [index]));
        }
    }

    private static void FindOutOfOrder(AnalyzedEvent[] analyzed, List<TimelineFinding> findings)
    {
        AnalyzedEvent? previous = null;
        foreach (var current in analyzed)
        {
            if (current.Start is not { } start)
            {
                continue;
            }

            if (previous is not null && start.Estimate < previous.Start!.Value.Estimate)
            {
                findings.Add(new TimelineFinding(
                    TimelineFindingKinds.OutOfOrder,
                    $"{current.Quote} starts at {current.Source.Start.Trim()}, before {previous.Quote} ({previous.Source.Start.Trim()}) listed above it.",
                    [previous.Index, current.Index]));
            }

            previous = current;
        }
    }

    // By the first event each concerns, then by kind. OrderBy is stable, so equal keys keep the order they were found
    // in. Findings are at most a few per event now that long parallel stretches are one finding, so a plain sort does.
    private static TimelineFinding[] Sorted(List<TimelineFinding> findings) =>
        [.. findings.OrderBy(f => f.Events.Count == 0 ? -1 : f.Events.Min()).ThenBy(f => TimelineFindingKinds.Rank(f.Kind))];

    private static TimelineInterval? SpanOf(AnalyzedEvent[] byStart)
    {
        if (byStart.Length == 0)
        {
            return null;
        }

        var first = byStart[0].Start!.Value.Estimate;
        var last = byStart.Max(e => e.Reach!.Value);
        return new TimelineInterval(first, last < first ? first : last);
    }
}
