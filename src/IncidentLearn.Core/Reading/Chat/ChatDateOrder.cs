namespace IncidentLearn.Core.Reading.Chat;

/// <summary>
/// Which way round a chat's dates are: Discord prints them in the reader's locale, "21/11/2026" or "11/21/2026".
/// A date with a part over 12 settles it for the whole chat; otherwise the clock decides (AM/PM is the US
/// month-first habit, the 24-hour clock the day-first one) and the guess is reported.
/// </summary>
public sealed class ChatDateOrder
{
    public ChatDateOrder(IEnumerable<ChatDate> dates, bool twelveHour)
    {
        var seen = false;
        foreach (var date in dates)
        {
            seen = true;
            if (date.First > 12)
            {
                DayFirst = true;
                return;
            }

            if (date.Second > 12)
            {
                DayFirst = false;
                return;
            }
        }

        DayFirst = !twelveHour;
        Guessed = seen;
    }

    public bool DayFirst { get; }

    /// <summary>True when every date could be read either way, so the order was chosen from the clock.</summary>
    public bool Guessed { get; }

    /// <summary>The date as a calendar day, or null when it is not one ("31/31/2026").</summary>
    public DateOnly? Read(ChatDate date)
    {
        var (day, month) = DayFirst ? (date.First, date.Second) : (date.Second, date.First);
        return month is >= 1 and <= 12 && day >= 1 && date.Year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(date.Year, month)
            ? new DateOnly(date.Year, month, day)
            : null;
    }
}
