namespace IncidentLearn.Core.Time;

/// <summary>
/// Joins two ends into a range: a half of the day written once covers both ends ("01:10 - 01:16 AM"), a zone
/// written once covers both, and an end earlier than its start is on the next day ("11:50 PM – 12:20 AM").
/// </summary>
internal static class RangeReader
{
    public static TimeExpression? Join(string text, int start, PointReading from, PointReading to)
    {
        if (from.HasClock != to.HasClock || (from.Date is null && from.HasClock && to.Date is not null))
        {
            return null;
        }

        var startTime = from.TimeOfDay;
        if (from.MeridiemMissing && to.Afternoon is { } afternoon && startTime is { } bare && to.TimeOfDay is { } endTime)
        {
            startTime = OnHalf(bare, afternoon);
            // "11:00 - 1:00 PM" is 11 AM to 1 PM: an end before the start means the start was in the other half.
            if (startTime > endTime && to.Date is null)
            {
                startTime = OnHalf(bare, !afternoon);
            }
        }

        var endsNextDay = to.Date is null && startTime is { } s && to.TimeOfDay is { } e && e < s;
        var endDate = to.Date ?? (from.Date is { } day && endsNextDay ? day.AddDays(1) : from.Date);
        if (from.Date is { } first && endDate is { } last && last < first)
        {
            return null;
        }

        var end = to.End;
        return new TimeExpression(start, end - start, text[start..end], TimeExpressionKind.Range)
        {
            Date = from.Date,
            YearStated = from.Date is null || from.YearStated,
            DayMonthAmbiguous = from.DayMonthAmbiguous || to.DayMonthAmbiguous,
            Weekday = from.Weekday,
            TimeOfDay = startTime,
            EndDate = endDate,
            EndTimeOfDay = to.TimeOfDay,
            EndsNextDay = endsNextDay,
            Zone = from.Zone ?? to.Zone,
        };
    }

    public static TimeExpression Single(string text, PointReading point)
    {
        var kind = point.Date is null ? TimeExpressionKind.Time : point.HasClock ? TimeExpressionKind.DateTime : TimeExpressionKind.Date;
        return new TimeExpression(point.Start, point.End - point.Start, text[point.Start..point.End], kind)
        {
            Date = point.Date,
            YearStated = point.Date is null || point.YearStated,
            DayMonthAmbiguous = point.DayMonthAmbiguous,
            Weekday = point.Weekday,
            TimeOfDay = point.TimeOfDay,
            Zone = point.Zone,
        };
    }

    private static TimeSpan OnHalf(TimeSpan time, bool afternoon) => new TimeSpan(time.Hours % 12 + (afternoon ? 12 : 0), 0, 0) + new TimeSpan(0, time.Minutes, time.Seconds) + TimeSpan.FromTicks(time.Ticks % TimeSpan.TicksPerSecond);
}
