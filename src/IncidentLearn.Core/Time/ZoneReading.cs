namespace IncidentLearn.Core.Time;

/// <summary>
/// A zone as the author wrote it ("EDT", "UTC+2", "Pacific", "Europe/Berlin") and what it resolves to: a fixed
/// offset when the name pins one, otherwise an IANA id whose offset depends on the day.
/// </summary>
public sealed record ZoneReading(string Written, TimeSpan? Offset, string? ZoneId)
{
    /// <summary>The offset in force at a wall-clock moment: the fixed one, or the IANA zone's on that day.</summary>
    public TimeSpan? OffsetAt(DateTime wall)
    {
        if (Offset is { } fixedOffset)
        {
            return fixedOffset;
        }

        return ZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(ZoneId, out var zone) ? zone.GetUtcOffset(wall) : null;
    }
}
