namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Turns a wall-clock reading on a given day into instants. A zone matters here and at display, nowhere else.
/// A local time the clocks skipped (spring forward) is moved on by the jump; one they repeated (fall back)
/// gives both instants so day inference can pick the one that keeps the log in order.
/// </summary>
internal sealed class ZoneClock(TimeZoneInfo zone)
{
    // Most days have no clock change: their one offset is remembered so long logs ask the zone once a day.
    private readonly Dictionary<DateOnly, TimeSpan?> steadyOffsets = [];

    private const int MinutesPerDay = 24 * 60;

    // On days with a clock change each wall minute's reading is remembered (a slot per minute of the day), since
    // neighbouring events ask for the same ones; times with seconds are read afresh.
    private readonly Dictionary<DateOnly, (DateTimeOffset Instant, bool Skipped)[]?[]> changeDayReadings = [];

    // The same for turning instants back into wall time: a UTC day with one offset throughout converts without the zone.
    private readonly Dictionary<long, TimeSpan?> steadyUtcDays = [];

    public void Candidates(DateOnly date, ParsedTime time, List<(DateTimeOffset Instant, bool Skipped)> into)
    {
        var wall = date.ToDateTime(TimeOnly.MinValue) + time.TimeOfDay;
        if (time.Offset is { } offset)
        {
            into.Add((new DateTimeOffset(wall, offset), false));
            return;
        }

        var day = DateOnly.FromDateTime(wall);
        if (!steadyOffsets.TryGetValue(day, out var steady))
        {
            steady = SteadyOffset(day);
            steadyOffsets[day] = steady;
        }

        if (steady is { } known)
        {
            into.Add((new DateTimeOffset(wall, known), false));
            return;
        }

        if (wall.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            into.AddRange(ReadOnChangeDay(wall));
            return;
        }

        if (!changeDayReadings.TryGetValue(day, out var byMinute))
        {
            byMinute = new (DateTimeOffset Instant, bool Skipped)[]?[MinutesPerDay];
            changeDayReadings[day] = byMinute;
        }

        var minute = (int)(wall.TimeOfDay.Ticks / TimeSpan.TicksPerMinute);
        into.AddRange(byMinute[minute] ??= ReadOnChangeDay(wall));
    }

    private (DateTimeOffset Instant, bool Skipped)[] ReadOnChangeDay(DateTime wall)
    {
        if (zone.IsInvalidTime(wall))
        {
            // Read with the offset in force before the jump, which lands the same distance past it.
            var before = zone.GetUtcOffset(wall.AddHours(-6));
            return [(new DateTimeOffset(wall, before).ToOffset(zone.GetUtcOffset(wall.AddHours(6))), true)];
        }

        if (zone.IsAmbiguousTime(wall))
        {
            return [.. zone.GetAmbiguousTimeOffsets(wall).OrderByDescending(o => o).Select(ambiguous => (new DateTimeOffset(wall, ambiguous), false))];
        }

        return [(new DateTimeOffset(wall, zone.GetUtcOffset(wall)), false)];
    }

    private TimeSpan? SteadyOffset(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        var before = zone.GetUtcOffset(new DateTimeOffset(midnight, TimeSpan.Zero).AddHours(-15));
        var after = zone.GetUtcOffset(new DateTimeOffset(midnight, TimeSpan.Zero).AddHours(39));
        return before == after && !zone.IsInvalidTime(midnight) ? before : null;
    }

    /// <summary>The calendar day an instant falls on, seen where the time text was written (its offset or the zone).</summary>
    public DateOnly DayOf(DateTimeOffset instant, ParsedTime time) =>
        DateOnly.FromDateTime((time.Offset is { } offset ? instant.ToOffset(offset) : InZone(instant)).DateTime);

    /// <summary>The instant as the zone's clocks showed it.</summary>
    public DateTimeOffset InZone(DateTimeOffset instant)
    {
        var utcDay = instant.UtcTicks / TimeSpan.TicksPerDay;
        if (!steadyUtcDays.TryGetValue(utcDay, out var steady))
        {
            var midnight = new DateTimeOffset(utcDay * TimeSpan.TicksPerDay, TimeSpan.Zero);
            var atStart = zone.GetUtcOffset(midnight);
            steady = atStart == zone.GetUtcOffset(midnight.AddDays(1)) ? atStart : null;
            steadyUtcDays[utcDay] = steady;
        }

        return steady is { } known ? instant.ToOffset(known) : TimeZoneInfo.ConvertTime(instant, zone);
    }
}
