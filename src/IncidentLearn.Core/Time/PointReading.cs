namespace IncidentLearn.Core.Time;

/// <summary>One end of an expression as read from the text, before it becomes a <see cref="TimeExpression"/>.</summary>
internal readonly record struct PointReading(
    int Start,
    int End,
    DateOnly? Date,
    bool YearStated,
    bool DayMonthAmbiguous,
    DayOfWeek? Weekday,
    TimeSpan? TimeOfDay,
    bool? Afternoon,
    ZoneReading? Zone)
{
    public bool HasClock => TimeOfDay is not null;

    /// <summary>The hour as a 12-hour clock would show it needs its half of the day; null when it stated one or is 24-hour.</summary>
    public bool MeridiemMissing => Afternoon is null && TimeOfDay is { } t && t.Hours is >= 1 and <= 12;
}
