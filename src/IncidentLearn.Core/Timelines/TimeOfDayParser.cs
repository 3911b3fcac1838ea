using System.Globalization;
using System.Text.RegularExpressions;
using IncidentLearn.Core.Time;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Reads one time text as authors write them: "23:52", "14:05 UTC", "2:30 pm", "2025-01-21 09:00",
/// "2025-10-26T02:00+01:00", "10 July at 12:00 JST", and vague ones kept as windows: "15:??" (the hour),
/// "14:3?" (ten minutes), "around 14:30" (±5 minutes), "between 14:00 and 14:20", a bare date (the day).
/// Never throws: text it cannot read comes back as a failure saying why.
/// </summary>
public static partial class TimeOfDayParser
{
    /// <summary>How far either side of the stated minute "around 14:30" reaches.</summary>
    public static readonly TimeSpan AroundMargin = TimeSpan.FromMinutes(5);

    public static TimeParseResult Parse(string? text)
    {
        var folded = TimeTextFolding.Fold(text);
        if (folded.Length == 0)
        {
            return TimeParseResult.Failure("no time was given");
        }

        if (TryPlainClock(folded, out var plain))
        {
            return TimeParseResult.Success(plain);
        }

        var between = BetweenPattern().Match(folded);
        if (between.Success)
        {
            return ParseBetween(text!, between.Groups["a"].Value, between.Groups["b"].Value);
        }

        var approximate = false;
        var prefix = ApproximatePrefix().Match(folded);
        if (prefix.Success)
        {
            approximate = prefix.Groups["vague"].Success;
            folded = folded[prefix.Length..];
        }

        if (folded.EndsWith("ish", StringComparison.Ordinal))
        {
            approximate = true;
            folded = folded[..^3].TrimEnd('-', ' ');
        }

        var result = ParseExactForm(folded);
        if (result?.Value is null && WholeExpression(text!) is { } recognised)
        {
            result = recognised;
        }

        if (result is null)
        {
            return TimeParseResult.Failure($"'{text!.Trim()}' is not a time this reader knows (for example 14:05, 14:05 UTC, 2025-01-21 14:05 or around 14:05)");
        }

        if (result.Problem is not null || !approximate || result.Value!.IsApproximate)
        {
            return result;
        }

        var moment = result.Value;
        return TimeParseResult.Success(moment with { TimeOfDay = moment.TimeOfDay - AroundMargin, Window = AroundMargin * 2 });
    }

    // The forms this parser's own patterns do not cover ("3 February 2023, 07:20 (UTC)", "13h05", "09:12 to 10:03 UTC",
    // RFC 2822) are read by the general recogniser when it finds one expression spanning the whole text.
    private static TimeParseResult? WholeExpression(string text)
    {
        if (TimeExpressions.Whole(text) is not { } expression || expression.Kind == TimeExpressionKind.Relative)
        {
            return null;
        }

        var date = expression.Date;
        var start = expression.TimeOfDay ?? TimeSpan.Zero;
        var window = expression.Kind switch
        {
            TimeExpressionKind.Date => TimeSpan.FromDays(1),
            TimeExpressionKind.Range => RangeWindow(expression, start),
            _ => TimeSpan.Zero,
        };

        // A zone such as "PT" or "Europe/Berlin" has an offset only on a known day; without one the record's zone applies.
        var offset = expression.Zone is not { } zone ? null
            : date is { } day ? zone.OffsetAt(day.ToDateTime(TimeOnly.MinValue) + start)
            : zone.Offset;
        return TimeParseResult.Success(new ParsedTime(date, start, window, offset, expression.YearStated));
    }

    private static TimeSpan RangeWindow(TimeExpression range, TimeSpan start)
    {
        if (range.EndTimeOfDay is not { } end)
        {
            return range.Date is { } first && range.EndDate is { } last ? TimeSpan.FromDays(last.DayNumber - first.DayNumber + 1) : TimeSpan.Zero;
        }

        var days = range.Date is { } from && range.EndDate is { } to ? to.DayNumber - from.DayNumber : range.EndsNextDay ? 1 : 0;
        return TimeSpan.FromDays(days) + end - start;
    }

    // The shape nearly every log line has ("23:52", "9:05"), read without a regex since long logs are mostly this.
    private static bool TryPlainClock(string folded, out ParsedTime time)
    {
        time = null!;
        var colon = folded.Length - 3;
        if (folded.Length is not (4 or 5) || folded[colon] != ':' || !char.IsAsciiDigit(folded[0]) || !char.IsAsciiDigit(folded[colon - 1])
            || !char.IsAsciiDigit(folded[^2]) || !char.IsAsciiDigit(folded[^1]))
        {
            return false;
        }

        var hour = colon == 2 ? (folded[0] - '0') * 10 + folded[1] - '0' : folded[0] - '0';
        var minute = (folded[^2] - '0') * 10 + folded[^1] - '0';
        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new ParsedTime(null, new TimeSpan(hour, minute, 0), TimeSpan.Zero, null);
        return true;
    }

    private static TimeParseResult ParseBetween(string original, string first, string second)
    {
        var from = ParseExactForm(first);
        var to = ParseExactForm(second);
        if (from?.Value is null || to?.Value is null)
        {
            return TimeParseResult.Failure($"'{original.Trim()}' names a window whose ends are not both times");
        }

        var start = from.Value;
        var end = to.Value;
        var window = end.Date is { } endDate && start.Date is { } startDate
            ? endDate.ToDateTime(TimeOnly.MinValue) + end.TimeOfDay - (startDate.ToDateTime(TimeOnly.MinValue) + start.TimeOfDay)
            : end.TimeOfDay + end.Window - start.TimeOfDay;
        if (start.Date is null && window < TimeSpan.Zero)
        {
            window += TimeSpan.FromDays(1);
        }

        if (window < TimeSpan.Zero)
        {
            return TimeParseResult.Failure($"'{original.Trim()}' ends before it starts");
        }

        return TimeParseResult.Success(start with { Window = window, Offset = start.Offset ?? end.Offset });
    }

    // Null when the text has no recognisable shape; a failure result when it does but a part is wrong.
    private static TimeParseResult? ParseExactForm(string folded)
    {
        DateOnly? date = null;
        var yearStated = true;
        var rest = folded;
        var datePart = DatePrefix().Match(folded);
        if (datePart.Success && datePart.Length > 0)
        {
            if (!TryReadDate(datePart, out var read, out yearStated))
            {
                return null;
            }

            date = read;
            rest = folded[datePart.Length..].TrimStart();
            rest = Joiner().Replace(rest, "", 1);
        }
        else if (WeekdayOnly().IsMatch(folded))
        {
            rest = WeekdayOnly().Replace(folded, "", 1);
        }

        if (rest.Length == 0)
        {
            return date is null ? null : TimeParseResult.Success(new ParsedTime(date, TimeSpan.Zero, TimeSpan.FromDays(1), null, yearStated));
        }

        var clock = ClockPattern().Match(rest);
        if (!clock.Success)
        {
            return null;
        }

        return ReadClock(clock, date, yearStated);
    }

    private static TimeParseResult? ReadClock(Match clock, DateOnly? date, bool yearStated)
    {
        var hour = int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minuteText = clock.Groups["m"].Value;
        var meridiem = clock.Groups["ampm"].Value;
        if (minuteText.Length == 0 && meridiem.Length == 0)
        {
            return null;
        }

        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return TimeParseResult.Failure($"{hour} is not an hour on a 12-hour clock");
            }

            hour = hour % 12 + (meridiem[0] == 'p' ? 12 : 0);
        }

        var (minute, window) = minuteText switch
        {
            "" => (0, TimeSpan.Zero),
            "??" or "?" or "xx" => (0, TimeSpan.FromHours(1)),
            _ when minuteText[1] == '?' => ((minuteText[0] - '0') * 10, TimeSpan.FromMinutes(10)),
            _ => (int.Parse(minuteText, CultureInfo.InvariantCulture), TimeSpan.Zero),
        };
        var second = clock.Groups["s"].Success ? int.Parse(clock.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 24 || minute > 59 || second > 59 || (hour == 24 && (minute > 0 || second > 0 || window > TimeSpan.Zero)))
        {
            return TimeParseResult.Failure($"{clock.Value.Trim()} is not a time of day");
        }

        TimeSpan? offset = null;
        var zone = clock.Groups["zone"].Success ? clock.Groups["zone"].Value : clock.Groups["zone2"].Value;
        if (zone.Length > 0 && zone != "local")
        {
            if (!TryReadOffset(zone, out var read))
            {
                return TimeParseResult.Failure($"'{zone.ToUpperInvariant()}' is not a zone this reader knows; write an offset such as +02:00 or UTC");
            }

            offset = read;
        }

        return TimeParseResult.Success(new ParsedTime(date, new TimeSpan(hour, minute, second), window, offset, yearStated));
    }

    private static bool TryReadOffset(string zone, out TimeSpan offset) =>
        ZoneAbbreviations.TryGetOffset(zone, out offset) || ZoneLookup.TryReadOffset(zone, out offset);

    private static bool TryReadDate(Match match, out DateOnly date, out bool yearStated)
    {
        date = default;
        yearStated = true;
        string dayText, monthText, yearText;
        if (match.Groups["y"].Success)
        {
            (yearText, monthText, dayText) = (match.Groups["y"].Value, match.Groups["mo"].Value, match.Groups["d"].Value);
        }
        else
        {
            var named = match.Groups["mon2"].Success ? match.Groups["mon2"].Value : match.Groups["mon3"].Value;
            var number = MonthNumber(named);
            if (number == 0)
            {
                return false;
            }

            monthText = number.ToString(CultureInfo.InvariantCulture);
            dayText = match.Groups["d2"].Success ? match.Groups["d2"].Value : match.Groups["d3"].Value;
            yearText = match.Groups["y2"].Success ? match.Groups["y2"].Value : match.Groups["y3"].Value;
        }

        // A date without a year is kept on a leap year so 29 February survives until day inference sets the year.
        yearStated = yearText.Length > 0;
        var year = yearStated ? int.Parse(yearText, CultureInfo.InvariantCulture) : 2000;
        var month = int.Parse(monthText, CultureInfo.InvariantCulture);
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string name)
    {
        if (name.Length < 3)
        {
            return 0;
        }

        string[] months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        var index = Array.IndexOf(months, name[..3]);
        return index < 0 || !CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(index + 1).StartsWith(name.TrimEnd('t'), StringComparison.OrdinalIgnoreCase)
            ? 0
            : index + 1;
    }

    [GeneratedRegex(@"^between\s+(?<a>.+?)\s+(?:and|-)\s+(?<b>.+)$")]
    private static partial Regex BetweenPattern();

    [GeneratedRegex(@"^(?:(?<vague>around|about|approx\.?|approximately|circa|ca\.|c\.|roughly|~|sometime around)\s*|at\s+)(?:at\s+)?")]
    private static partial Regex ApproximatePrefix();

    [GeneratedRegex(@"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?<y>\d{4})[-/](?<mo>\d{1,2})[-/](?<d>\d{1,2})|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon2>[a-z]{3,9})\.?(?:,?\s+(?<y2>\d{4}))?|(?<mon3>[a-z]{3,9})\.?\s+(?<d3>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y3>\d{4}))?)(?![\d:])")]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"^(?:t|at|,)?\s*")]
    private static partial Regex Joiner();

    [GeneratedRegex(@"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=\d)")]
    private static partial Regex WeekdayOnly();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:(?::|\.|h)(?<m>\d{2}|\d\?|\?\?|\?|xx)(?::(?<s>\d{2}))?(?:\.\d+)?)?\s*(?<ampm>a\.?m\.?|p\.?m\.?)?\s*(?<zone>z|[+-]\d{2}(?::?\d{2})?|(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[a-z]{2,5})?\s*(?:\((?<zone2>[a-z]{2,5})\))?$")]
    private static partial Regex ClockPattern();
}
