using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Time;

/// <summary>
/// Reads a date, a clock time or both at one position and checks what the pattern cannot: real calendar days,
/// hours and minutes in range, and zones from the one list. A zone that is not one is left as text, not a failure.
/// </summary>
internal static class PointReader
{
    public static PointReading? ReadAt(string text, int position)
    {
        var match = TimePatterns.Point().Match(text, position);
        if (!match.Success)
        {
            return null;
        }

        var weekday = match.Groups["wd"].Success ? CalendarWords.Weekday(match.Groups["wd"].ValueSpan) : null;
        DateOnly? date = null;
        var yearStated = true;
        var ambiguous = false;
        var end = match.Index + match.Length;
        var dateGroup = match.Groups["date"];
        if (dateGroup.Success && dateGroup.Length > 0)
        {
            if (!TryReadDate(match, out date, out yearStated, out ambiguous))
            {
                return null;
            }
        }

        TimeSpan? time = null;
        bool? afternoon = null;
        var clock = match.Groups["clock"];
        if (clock.Success)
        {
            if (!TryReadClock(match, out var clockTime, out afternoon))
            {
                // "Mar 3 25:00" still names a day; a bad clock alone names nothing.
                if (date is null)
                {
                    return null;
                }

                return new PointReading(match.Index, dateGroup.Index + dateGroup.Length, date, yearStated, ambiguous, weekday, null, null, null);
            }

            time = clockTime;
            if (afternoon is null && match.Groups["ampm"] is { Success: true } word)
            {
                // "14:09 PM reports …": a 24-hour clock; the letters after it are a word (a product manager), not a meridiem.
                end = word.Index;
                while (end > match.Index && text[end - 1] == ' ')
                {
                    end--;
                }

                return new PointReading(match.Index, end, date, yearStated, ambiguous, weekday, time, null, null);
            }
        }

        if (date is null && time is null)
        {
            return null;
        }

        ZoneReading? zone = null;
        var zoneGroup = match.Groups["zone"];
        if (zoneGroup.Success)
        {
            zone = ReadZone(match, date is not null && match.Groups["mo"].Success);
            if (zone is null)
            {
                end = clock.Success ? clock.Index + clock.Length : dateGroup.Index + dateGroup.Length;
                if (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    return null;
                }
            }
        }

        return new PointReading(match.Index, end, date, yearStated, ambiguous, weekday, time, afternoon, zone);
    }

    private static ZoneReading? ReadZone(Match match, bool numericDate)
    {
        var name = match.Groups["zname"].Value;
        if (name[0] is '-' or '\u2212' && !match.Groups["s"].Success && !numericDate && !IsPackedOffset(name))
        {
            // "22:00-22:15" is a range, not 22:00 at offset -22:15; a minus offset needs seconds, an ISO date or the packed "-0700".
            return null;
        }

        return ZoneLookup.Read(name, anyCase: false);
    }

    private static bool IsPackedOffset(string name) => name.Length == 5 && name.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool TryReadClock(Match match, out TimeSpan time, out bool? afternoon)
    {
        time = default;
        afternoon = null;
        var hour = Number(match.Groups["h"]);
        var minute = match.Groups["m"].Success ? Number(match.Groups["m"]) : 0;
        var second = match.Groups["s"].Success ? Number(match.Groups["s"]) : 0;
        var ampm = match.Groups["ampm"];
        if (ampm.Success && hour is > 12 and < 24 && match.Groups["m"].Success)
        {
            // Read as the 24-hour clock it is; the caller ends the expression before the letters.
        }
        else if (ampm.Success)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            afternoon = char.ToLowerInvariant(ampm.ValueSpan[0]) == 'p';
            hour = hour % 12 + (afternoon.Value ? 12 : 0);
        }

        if (hour > 24 || minute > 59 || second > 59 || (hour == 24 && (minute > 0 || second > 0)))
        {
            return false;
        }

        time = new TimeSpan(hour, minute, second) + Fraction(match.Groups["f"]);
        return true;
    }

    private static TimeSpan Fraction(Group digits)
    {
        if (!digits.Success)
        {
            return TimeSpan.Zero;
        }

        // Ticks are tenths of a microsecond: seven digits at most carry meaning.
        var kept = digits.ValueSpan.Length > 7 ? digits.ValueSpan[..7] : digits.ValueSpan;
        return TimeSpan.FromTicks(int.Parse(kept, NumberStyles.None, CultureInfo.InvariantCulture) * (long)Math.Pow(10, 7 - kept.Length));
    }

    private static bool TryReadDate(Match match, out DateOnly? date, out bool yearStated, out bool ambiguous)
    {
        date = null;
        ambiguous = false;
        yearStated = match.Groups["y"].Success;
        var year = yearStated ? Number(match.Groups["y"]) : 2000;
        int month, day;
        if (match.Groups["n1"].Success)
        {
            (day, month, ambiguous) = DayAndMonth(Number(match.Groups["n1"]), Number(match.Groups["n2"]));
        }
        else
        {
            month = match.Groups["mo"].Success ? Number(match.Groups["mo"]) : CalendarWords.Month(match.Groups["mon"].ValueSpan);
            day = Number(match.Groups["d"]);
            if (!match.Groups["mo"].Success && !match.Groups["mon"].Success)
            {
                // "Tuesday 9th": the weekday and day are kept in the text, but no month was named, so no date.
                return day is >= 1 and <= 31;
            }
        }

        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// "03/02/2023" is read day first (3 February), as in the ISO-like and European write-ups this reader sees most;
    /// when one number is over 12 only one reading is possible and no ambiguity is flagged.
    /// </summary>
    private static (int Day, int Month, bool Ambiguous) DayAndMonth(int first, int second) =>
        first > 12 ? (first, second, false)
        : second > 12 ? (second, first, false)
        : (first, second, first != second);

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}
