using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// The one place days are inferred. A time with no date goes on the day that puts it no more than
/// <see cref="LookBack"/> before, and less than a day minus that after, the time it follows (an event's start follows
/// the previous start; its end follows its own start). So 23:50 then 00:10 moves to the next day, while
/// 00:10 then 00:05 stays on the same day and is reported as out of order. Each move to a later day is reported.
/// </summary>
internal static class DayInference
{
    public static readonly TimeSpan LookBack = TimeSpan.FromHours(6);

    public static DayInferenceResult Infer(IReadOnlyList<TimelineEvent> events, ScratchArray<ParsedTime?> starts, ScratchArray<ParsedTime?> ends, DateOnly anchor, TimeZoneInfo zone)
    {
        var result = new DayInferenceResult(events.Count);
        var candidates = new List<(DateTimeOffset Instant, bool Skipped)>(6);
        var clock = new ZoneClock(zone);
        UncertainInstant? previousStart = null;
        var previousIndex = -1;
        TimelineFinding? lastRollover = null;
        DateOnly? lastRolloverDay = null;
        for (var i = 0; i < events.Count; i++)
        {
            if (starts[i] is { } start)
            {
                var (instant, day, rolled, skipped) = Place(start, previousStart, anchor, clock, candidates);
                result.Starts[i] = instant;
                // Place already saw the estimate in the zone when the text named no offset of its own.
                var zoneDay = start.Offset is null ? day : DateOnly.FromDateTime(clock.InZone(instant.Estimate).DateTime);
                result.Days[i] = zoneDay.DayNumber - anchor.DayNumber;
                if (skipped)
                {
                    result.Findings.Add(Skipped(events[i], i, events[i].Start));
                }

                if (rolled && previousIndex >= 0)
                {
                    if (lastRollover is not null && lastRolloverDay == day && lastRollover.Events[^1] == previousIndex)
                    {
                        var merged = lastRollover with { Events = [.. lastRollover.Events, i], Message = lastRollover.Message + $" {EventQuote.Of(events[i])} at {events[i].Start.Trim()} is on that day too." };
                        result.Findings[result.Findings.IndexOf(lastRollover)] = merged;
                        lastRollover = merged;
                    }
                    else
                    {
                        lastRollover = new TimelineFinding(
                            TimelineFindingKinds.DayRollover,
                            $"{EventQuote.Of(events[i])} at {events[i].Start.Trim()} comes after {events[previousIndex].Start.Trim()} in the log, so it is read as the next day, {day:dddd d MMMM}.",
                            [previousIndex, i]);
                        lastRolloverDay = day;
                        result.Findings.Add(lastRollover);
                    }
                }

                previousStart = instant;
                previousIndex = i;
            }

            if (ends[i] is { } end)
            {
                var from = result.Starts[i];
                var (instant, day, rolled, skipped) = Place(end, from ?? previousStart, anchor, clock, candidates);
                result.Ends[i] = instant;
                if (skipped)
                {
                    result.Findings.Add(Skipped(events[i], i, events[i].End!));
                }

                if (from is { } begun && instant.Estimate < begun.Estimate)
                {
                    result.Findings.Add(new TimelineFinding(
                        TimelineFindingKinds.EndBeforeStart,
                        $"{EventQuote.Of(events[i])} ends ({events[i].End!.Trim()}) before it starts ({events[i].Start.Trim()}); its duration is left unknown.",
                        [i]));
                }
                else if (rolled && from is not null)
                {
                    lastRollover = new TimelineFinding(
                        TimelineFindingKinds.DayRollover,
                        $"{EventQuote.Of(events[i])} runs past midnight: {EventQuote.Range(events[i])} is read as ending the next day, {day:dddd d MMMM}.",
                        [i]);
                    lastRolloverDay = day;
                    result.Findings.Add(lastRollover);
                }
            }
        }

        return result;
    }

    private static (UncertainInstant Instant, DateOnly Day, bool Rolled, bool Skipped) Place(
        ParsedTime time, UncertainInstant? after, DateOnly anchor, ZoneClock clock, List<(DateTimeOffset Instant, bool Skipped)> candidates)
    {
        candidates.Clear();
        DateOnly reference;
        if (time.Date is { } stated)
        {
            reference = time.YearStated ? stated : WithYear(stated, anchor.Year);
            clock.Candidates(reference, time, candidates);
        }
        else
        {
            reference = after is { } previous ? clock.DayOf(previous.Estimate, time) : anchor;
            var days = after is null ? 0 : 1;
            for (var d = -days; d <= days; d++)
            {
                clock.Candidates(reference.AddDays(d), time, candidates);
            }
        }

        var chosen = Choose(candidates, time.Window.Half(), after?.Estimate);
        var instant = new UncertainInstant(chosen.Instant, chosen.Instant + time.Window);
        var day = clock.DayOf(chosen.Instant + time.Window.Half(), time);
        var rolled = time.Date is null && after is not null && day > reference;
        return (instant, day, rolled, chosen.Skipped);
    }

    // Prefer the candidate closest after the previous time inside the window; else the nearest one at all.
    private static (DateTimeOffset Instant, bool Skipped) Choose(List<(DateTimeOffset Instant, bool Skipped)> candidates, TimeSpan half, DateTimeOffset? after)
    {
        if (after is not { } previous)
        {
            return candidates[0];
        }

        var best = candidates[0];
        var bestScore = TimeSpan.MaxValue;
        foreach (var candidate in candidates)
        {
            var delta = candidate.Instant + half - previous;
            var inWindow = delta > -LookBack && delta <= TimeSpan.FromDays(1) - LookBack;
            var score = !inWindow ? TimeSpan.FromDays(10) + (delta < TimeSpan.Zero ? -delta : delta) : delta < TimeSpan.Zero ? TimeSpan.FromDays(1) - delta : delta;
            if (score < bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    private static DateOnly WithYear(DateOnly date, int year) =>
        new(year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month)));

    private static TimelineFinding Skipped(TimelineEvent timelineEvent, int index, string raw) => new(
        TimelineFindingKinds.SkippedLocalTime,
        $"{raw.Trim()} did not happen on that day in this time zone (the clocks jumped forward); {EventQuote.Of(timelineEvent)} is placed just after the jump.",
        [index]);
}

/// <summary>
/// Instants and days worked out for each event (null where the text could not be read), and what was inferred.
/// The per-event arrays are scratch space for one analysis: dispose the result once its values are copied out.
/// </summary>
internal sealed class DayInferenceResult(int count) : IDisposable
{
    public ScratchArray<UncertainInstant?> Starts { get; } = new(count);

    public ScratchArray<UncertainInstant?> Ends { get; } = new(count);

    /// <summary>Day of each start counted from the anchor date (0 = the record's date), in the record's zone.</summary>
    public ScratchArray<int?> Days { get; } = new(count);

    public List<TimelineFinding> Findings { get; } = [];

    public void Dispose()
    {
        Starts.Dispose();
        Ends.Dispose();
        Days.Dispose();
    }
}
