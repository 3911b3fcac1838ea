namespace IncidentLearn.Core.Study;

/// <summary>Turns instants into the learner's calendar days, so "today" and streaks follow their clock, not UTC.</summary>
public static class StudyDay
{
    public static DateOnly Of(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The first instant after the learner's current day ends.</summary>
    public static DateTimeOffset EndOf(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var midnight = local.Date.AddDays(1);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }
}
