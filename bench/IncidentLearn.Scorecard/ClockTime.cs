using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentLearn.Scorecard;

/// <summary>
/// The clock digits of a time as written, folded to the 24-hour readings it can mean: "3:40 PM" is 15:40 only,
/// "3:40" may be 03:40 or 15:40, and "15:40" or "03:40" (a leading zero is a 24-hour clock) are only that.
/// Two times agree when they share a reading. Deliberately not the reader's own time parser: a scorer that
/// shared its parser would hide that parser's mistakes.
/// </summary>
public sealed partial record ClockTime(IReadOnlySet<int> MinutesOfDay)
{
    public static ClockTime? Find(string? text)
    {
        var match = ClockPattern().Match(text ?? "");
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59)
        {
            return null;
        }

        var meridiem = match.Groups["meridiem"].Value.ToLowerInvariant();
        int[] hours = meridiem switch
        {
            "a" => [hour % 12],
            "p" => [(hour % 12) + 12],
            _ when hour is 0 or > 12 || match.Groups["hour"].Value.StartsWith('0') => [hour],
            _ => [hour, (hour + 12) % 24],
        };
        return new ClockTime(hours.Select(h => (h * 60) + minute).ToHashSet());
    }

    /// <summary>An instant already known exactly, such as a milestone the timeline analysis placed.</summary>
    public static ClockTime Exact(DateTimeOffset instant) => new(new HashSet<int> { (instant.Hour * 60) + instant.Minute });

    public bool Agrees(ClockTime other) => MinutesOfDay.Overlaps(other.MinutesOfDay);

    public override string ToString() =>
        string.Join(" or ", MinutesOfDay.Order().Select(m => $"{m / 60:00}:{m % 60:00}"));

    // hh:mm with optional seconds and am/pm, or a bare hour with am/pm ("2 PM").
    [GeneratedRegex(@"(?<!\d)(?<hour>\d{1,2})(?::(?<minute>\d{2})(?::\d{2})?(?:\s*(?<meridiem>[ap])\.?m\b\.?)?|\s*(?<meridiem>[ap])\.?m\b\.?)", RegexOptions.IgnoreCase)]
    private static partial Regex ClockPattern();
}
