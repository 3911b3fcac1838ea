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

    // On days with a clock change each wall time's reading is remembered, since neighbouring events ask for the same ones.
    private readonly Dictionary<DateTime, (DateTimeOffset Instant, bool Skipped)[]> changeDayReadings = [];

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

        if (!changeDayReadings.TryGetValue(wall, out var readings))
        {
            readings = ReadOnChangeDay(wall);
            changeDayReadings[wall] = readings;
        }

        into.AddRange(readings);
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
    public static DateOnly DayOf(DateTimeOffset instant, ParsedTime time, TimeZoneInfo zone) =>
        DateOnly.FromDateTime((time.Offset is { } offset ? instant.ToOffset(offset) : TimeZoneInfo.ConvertTime(instant, zone)).DateTime);

    public static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);
}
