using IncidentLearn.Core.Incidents;

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
        var findings = new List<TimelineFinding>();
        var starts = new ParsedTime?[events.Count];
        var ends = new ParsedTime?[events.Count];
        var stated = new TimeSpan?[events.Count];
        var hedged = new bool[events.Count];
        ReadTexts(events, starts, ends, stated, hedged, findings);
        ShareZonesWithinRanges(starts, ends);

        var zone = TimelineSettings.ResolveZone(record.TimeZone, starts, ends, findings);
        var anchor = TimelineSettings.ResolveAnchorDate(record.Date, starts, ends, findings);
        var days = DayInference.Infer(events, starts, ends, anchor, zone);
        findings.AddRange(days.Findings);

        var analyzed = new AnalyzedEvent[events.Count];
        var kindsByText = new Dictionary<string, EventKind>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            analyzed[i] = Understand(i, events[i], days, stated[i], hedged[i], kindsByText, findings);
        }

        FindOutOfOrder(analyzed, findings);
        var byStart = analyzed.Where(e => e.Start is not null).OrderBy(e => e.Start!.Value.Estimate).ThenBy(e => e.Index).ToArray();
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

    private static void ReadTexts(List<TimelineEvent> events, ParsedTime?[] starts, ParsedTime?[] ends, TimeSpan?[] stated, bool[] hedged, List<TimelineFinding> findings)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var source = events[i];
            var start = TimeOfDayParser.Parse(source.Start);
            starts[i] = start.Value;
            if (start.Problem is not null)
            {
                findings.Add(new TimelineFinding(TimelineFindingKinds.UnreadableTime, $"The start of {EventQuote.Of(source)} could not be read: {start.Problem}. It is left out of durations and charts.", [i]));
            }

            if (!string.IsNullOrWhiteSpace(source.End))
            {
                var end = TimeOfDayParser.Parse(source.End);
                ends[i] = end.Value;
                if (end.Problem is not null)
                {
                    findings.Add(new TimelineFinding(TimelineFindingKinds.UnreadableTime, $"The end of {EventQuote.Of(source)} could not be read: {end.Problem}.", [i]));
                }
            }

            if (!string.IsNullOrWhiteSpace(source.StatedDuration))
            {
                var duration = StatedDurationParser.Parse(source.StatedDuration);
                stated[i] = duration.Value;
                hedged[i] = duration.Approximate;
                if (duration.Problem is not null)
                {
                    findings.Add(new TimelineFinding(TimelineFindingKinds.UnreadableDuration, $"The stated duration of {EventQuote.Of(source)} could not be read: {duration.Problem}.", [i]));
                }
            }
        }
    }

    // "14:31–14:52 UTC": a zone written on one end of a range is meant for both.
    private static void ShareZonesWithinRanges(ParsedTime?[] starts, ParsedTime?[] ends)
    {
        for (var i = 0; i < starts.Length; i++)
        {
            if (starts[i] is { } start && ends[i] is { } end && (start.Offset is null) != (end.Offset is null))
            {
                starts[i] = start with { Offset = start.Offset ?? end.Offset };
                ends[i] = end with { Offset = end.Offset ?? start.Offset };
            }
        }
    }

    private AnalyzedEvent Understand(int index, TimelineEvent source, DayInferenceResult days, TimeSpan? stated, bool hedged, Dictionary<string, EventKind> kindsByText, List<TimelineFinding> findings)
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
        var kind = source.Kind ?? InferKind(source.Text, kindsByText);
        return new AnalyzedEvent(index, source, start, fromStated ? null : end, fromStated, interval, duration, stated, days.Days[index], kind, inferred, []);
    }

    // Logs repeat their texts; the cue regexes run once per distinct text.
    private static EventKind InferKind(string text, Dictionary<string, EventKind> kindsByText)
    {
        if (!kindsByText.TryGetValue(text, out var kind))
        {
            kind = EventKindCues.Infer(text);
            kindsByText[text] = kind;
        }

        return kind;
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

    // By the first event each concerns, then by kind; stable, so equal keys keep the order they were found in.
    private static TimelineFinding[] Sorted(List<TimelineFinding> findings)
    {
        if (findings.Count < 1 << 27)
        {
            return SortedByPackedKey(findings);
        }

        var keys = new (int First, int Rank, int Order)[findings.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var events = findings[i].Events;
            var first = events.Count == 0 ? -1 : int.MaxValue;
            for (var j = 0; j < events.Count; j++)
            {
                first = Math.Min(first, events[j]);
            }

            keys[i] = (first, TimelineFindingKinds.Rank(findings[i].Kind), i);
        }

        var sorted = findings.ToArray();
        Array.Sort(keys, sorted);
        return sorted;
    }

    // The same order with the three keys packed into one unsigned number (first event + 1, rank, position), which sorts
    // far faster than tuples; positions are unique, so the unstable sort gives the stable order.
    private static TimelineFinding[] SortedByPackedKey(List<TimelineFinding> findings)
    {
        var keys = new ulong[findings.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var events = findings[i].Events;
            var first = events.Count == 0 ? -1 : int.MaxValue;
            for (var j = 0; j < events.Count; j++)
            {
                first = Math.Min(first, events[j]);
            }

            var rank = (ulong)TimelineFindingKinds.Rank(findings[i].Kind);
            keys[i] = ((ulong)(uint)(first + 1) << 32) | (rank << 27) | (uint)i;
        }

        var sorted = findings.ToArray();
        Array.Sort(keys, sorted);
        return sorted;
    }

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
