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

    /// <summary>
    /// An IANA id a timeline can be read in: the zone's own, "UTC", or for a fixed whole-hour offset such as PDT the
    /// Etc zone of that offset (whose sign is inverted by POSIX convention: UTC-7 is "Etc/GMT+7"); null otherwise.
    /// </summary>
    public string? ToZoneId() => ZoneId ?? Offset switch
    {
        { } offset when offset == TimeSpan.Zero => "UTC",
        { } offset when offset.Minutes == 0 => $"Etc/GMT{(offset.Hours > 0 ? "-" : "+")}{Math.Abs(offset.Hours)}",
        _ => null,
    };
}
