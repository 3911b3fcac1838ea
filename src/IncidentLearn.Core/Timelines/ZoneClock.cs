namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Turns a wall-clock reading on a given day into instants. A zone matters here and at display, nowhere else.
/// A local time the clocks skipped (spring forward) is moved on by the jump; one they repeated (fall back)
/// gives both instants so day inference can pick the one that keeps the log in order.
/// </summary>
internal static class ZoneClock
{
    public static void Candidates(DateOnly date, ParsedTime time, TimeZoneInfo zone, List<(DateTimeOffset Instant, bool Skipped)> into)
    {
        var wall = date.ToDateTime(TimeOnly.MinValue) + time.TimeOfDay;
        if (time.Offset is { } offset)
        {
            into.Add((new DateTimeOffset(wall, offset), false));
            return;
        }

        if (zone.IsInvalidTime(wall))
        {
            // Read with the offset in force before the jump, which lands the same distance past it.
            var before = zone.GetUtcOffset(wall.AddHours(-6));
            into.Add((new DateTimeOffset(wall, before).ToOffset(zone.GetUtcOffset(wall.AddHours(6))), true));
            return;
        }

        if (zone.IsAmbiguousTime(wall))
        {
            foreach (var ambiguous in zone.GetAmbiguousTimeOffsets(wall).OrderByDescending(o => o))
            {
                into.Add((new DateTimeOffset(wall, ambiguous), false));
            }

            return;
        }

        into.Add((new DateTimeOffset(wall, zone.GetUtcOffset(wall)), false));
    }

    /// <summary>The calendar day an instant falls on, seen where the time text was written (its offset or the zone).</summary>
    public static DateOnly DayOf(DateTimeOffset instant, ParsedTime time, TimeZoneInfo zone) =>
        DateOnly.FromDateTime((time.Offset is { } offset ? instant.ToOffset(offset) : TimeZoneInfo.ConvertTime(instant, zone)).DateTime);

    public static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);
}
