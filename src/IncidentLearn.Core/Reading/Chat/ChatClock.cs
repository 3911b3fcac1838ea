using System.Globalization;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Reading.Chat;

/// <summary>
/// Turns a stamp into the start time an event keeps: the clock time as written, with the date (as yyyy-MM-dd,
/// since "21/11/2026" cannot be read without knowing the order) when the client printed one, and with AM or PM
/// when a 12-hour client left it off a follow-up ("11:55" under "11:54 PM"): the reading nearest after the message before.
/// </summary>
public static class ChatClock
{
    public static (string Start, bool MeridiemAdded) Start(ChatStamp stamp, ChatExport export, TimeSpan? previous)
    {
        if (stamp.Date is { } printed && export.Dates.Read(printed) is { } date)
        {
            return ($"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {stamp.Time}", false);
        }

        if (!export.TwelveHour || stamp.TwelveHour || previous is not { } before || TimeOf(stamp.Time) is not { Hours: >= 1 and <= 12 } time)
        {
            return (stamp.Time, false);
        }

        var morning = new TimeSpan(time.Hours % 12, time.Minutes, time.Seconds);
        var evening = morning + TimeSpan.FromHours(12);
        return (Ahead(before, morning) <= Ahead(before, evening) ? $"{stamp.Time} AM" : $"{stamp.Time} PM", true);
    }

    /// <summary>The time of day a start names, or null when it is not a time the timeline reads.</summary>
    public static TimeSpan? TimeOf(string start) => TimeOfDayParser.Parse(start).Value?.TimeOfDay;

    private static TimeSpan Ahead(TimeSpan from, TimeSpan to) => to >= from ? to - from : to - from + TimeSpan.FromDays(1);
}
