namespace IncidentLearn.Core.Timelines;

/// <summary>
/// The zone and first day a timeline is read in: the record's, else stated in the times, else assumed
/// (UTC, 1 January 2000) with a finding saying so, so nobody mistakes an assumption for a fact.
/// </summary>
internal static class TimelineSettings
{
    public static readonly DateOnly PlaceholderDate = new(2000, 1, 1);

    public static TimeZoneInfo ResolveZone(string? zoneId, ReadOnlySpan<ParsedTime?> starts, ReadOnlySpan<ParsedTime?> ends, List<TimelineFinding> findings)
    {
        if (!string.IsNullOrWhiteSpace(zoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId.Trim(), out var zone))
        {
            return zone;
        }

        if (Any(starts, t => t is { Offset: null }) || Any(ends, t => t is { Offset: null }))
        {
            var why = string.IsNullOrWhiteSpace(zoneId) ? "The record names no time zone" : $"'{zoneId.Trim()}' is not a known IANA time zone";
            findings.Add(new TimelineFinding(TimelineFindingKinds.AssumedZone, $"{why}; times without a zone of their own are read as UTC.", []));
        }

        return TimeZoneInfo.Utc;
    }

    public static DateOnly ResolveAnchorDate(DateOnly? recordDate, ReadOnlySpan<ParsedTime?> starts, ReadOnlySpan<ParsedTime?> ends, List<TimelineFinding> findings)
    {
        if (recordDate is { } date)
        {
            return date;
        }

        var stated = FirstWithFullDate(starts) ?? FirstWithFullDate(ends);
        if (stated is not null)
        {
            return stated.Date!.Value;
        }

        if (Any(starts, t => t is not null))
        {
            findings.Add(new TimelineFinding(TimelineFindingKinds.AssumedDate, $"Neither the record nor its times give a date; the timeline is placed on {PlaceholderDate:d MMMM yyyy} so that durations can be worked out, but the dates shown are not real.", []));
        }

        return PlaceholderDate;
    }

    private static bool Any(ReadOnlySpan<ParsedTime?> times, Func<ParsedTime?, bool> test)
    {
        foreach (var time in times)
        {
            if (test(time))
            {
                return true;
            }
        }

        return false;
    }

    private static ParsedTime? FirstWithFullDate(ReadOnlySpan<ParsedTime?> times)
    {
        foreach (var time in times)
        {
            if (time is { Date: not null, YearStated: true })
            {
                return time;
            }
        }

        return null;
    }
}
