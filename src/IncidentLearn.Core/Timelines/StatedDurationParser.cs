using System.Globalization;
using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Timelines;

/// <summary>The outcome of reading a stated duration: the length when it could be read, whether the author hedged ("about"), or a problem.</summary>
public sealed record DurationParseResult(TimeSpan? Value, bool Approximate, string? Problem)
{
    public static DurationParseResult Failure(string problem) => new(null, false, problem);
}

/// <summary>
/// Reads durations as authors state them: "10 minutes", "1 hour and 15 minutes", "90 mins", "45 min", "1.5 hours",
/// "1h30", "2h", "30m", "an hour and a half", "half an hour", "a quarter of an hour", "twenty minutes",
/// "twenty-five minutes", "2 days", "about 20 minutes". Never throws.
/// </summary>
public static partial class StatedDurationParser
{
    // Words that count only in durations; ordinary number words ("twenty-five") come from the shared WordNumbers.
    private static readonly Dictionary<string, double> DurationWords = new(StringComparer.Ordinal)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["half"] = 0.5,
        ["quarter"] = 0.25,
        ["couple"] = 2,
    };

    public static DurationParseResult Parse(string? text)
    {
        var folded = TimeTextFolding.Fold(text);
        if (folded.Length == 0)
        {
            return DurationParseResult.Failure("no duration was given");
        }

        if (TryPlainMinutes(folded, out var plain))
        {
            return new DurationParseResult(plain, false, null);
        }

        var approximate = false;
        var hedge = Hedge().Match(folded);
        if (hedge.Success)
        {
            approximate = true;
            folded = folded[hedge.Length..];
        }

        var compact = Compact().Match(folded);
        if (compact.Success)
        {
            return new DurationParseResult(ReadCompact(compact), approximate, null);
        }

        var total = ReadWords(folded);
        return total is { } value && value > TimeSpan.Zero
            ? new DurationParseResult(value, approximate, null)
            : DurationParseResult.Failure($"'{text!.Trim()}' is not a duration this reader knows (for example 25 minutes, 1h30 or an hour and a half)");
    }

    // "25 minutes", "45 min": the commonest form, read without regexes for long logs.
    private static bool TryPlainMinutes(string folded, out TimeSpan value)
    {
        value = default;
        var space = folded.IndexOf(' ');
        if (space is < 1 or > 4 || folded.AsSpan(space + 1) is not ("minutes" or "minute" or "min" or "mins"))
        {
            return false;
        }

        if (!int.TryParse(folded.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes == 0)
        {
            return false;
        }

        value = TimeSpan.FromMinutes(minutes);
        return true;
    }

    private static TimeSpan ReadCompact(Match match)
    {
        var hours = match.Groups["h"].Success ? double.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = match.Groups["m"].Success ? double.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var lone = match.Groups["lone"].Success ? double.Parse(match.Groups["lone"].Value, CultureInfo.InvariantCulture) : 0;
        var clock = match.Groups["ch"].Success
            ? TimeSpan.FromHours(int.Parse(match.Groups["ch"].Value, CultureInfo.InvariantCulture)) + TimeSpan.FromMinutes(int.Parse(match.Groups["cm"].Value, CultureInfo.InvariantCulture))
            : TimeSpan.Zero;
        return TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes + lone) + clock;
    }

    // Walks "number unit [and] number unit [and a half]", numbers as digits or words ("twenty-five").
    private static TimeSpan? ReadWords(string folded)
    {
        var tokens = Tokens().Matches(folded.Replace('-', ' ')).Select(m => m.Value).ToList();
        var total = TimeSpan.Zero;
        double? pending = null;
        TimeSpan? lastUnit = null;
        var sawUnit = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token is "and" or "of" or "," or "or" or "so")
            {
                continue;
            }

            if (UnitOf(token) is { } unit)
            {
                // A unit needs a count before it ("an hour", "half an hour"); a bare "minutes" says nothing.
                if (pending is null)
                {
                    return null;
                }

                total += unit * pending.Value;
                pending = null;
                lastUnit = unit;
                sawUnit = true;
                continue;
            }

            if (TryNumber(token, out var number))
            {
                pending = pending switch
                {
                    null => number,
                    < 1 when number == 1 => pending,
                    >= 20 when number < 10 => pending + number,
                    _ => pending * number,
                };
                continue;
            }

            return null;
        }

        // "an hour and a half": a trailing fraction belongs to the unit before it.
        if (pending is < 1 && lastUnit is { } previous)
        {
            total += previous * pending.Value;
            pending = null;
        }

        return sawUnit && pending is null ? total : null;
    }

    private static bool TryNumber(string token, out double number) =>
        double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number) || DurationWords.TryGetValue(token, out number) || WordNumber(token, out number);

    private static TimeSpan? UnitOf(string token) => token switch
    {
        "s" or "sec" or "secs" or "second" or "seconds" => TimeSpan.FromSeconds(1),
        "m" or "min" or "mins" or "minute" or "minutes" => TimeSpan.FromMinutes(1),
        "h" or "hr" or "hrs" or "hour" or "hours" => TimeSpan.FromHours(1),
        "d" or "day" or "days" => TimeSpan.FromDays(1),
        _ => null,
    };

    [GeneratedRegex(@"^(?:about|around|approx\.?|approximately|roughly|circa|ca\.|nearly|almost|~|over|under|just over|just under)\s*")]
    private static partial Regex Hedge();

    [GeneratedRegex(@"^(?:(?<h>\d+(?:\.\d+)?)\s*h(?:\s*(?<lone>\d{1,2})(?:\s*m)?)?|(?<h>\d+(?:\.\d+)?)\s*h\s*(?<m>\d+)\s*m(?:in)?|(?<m>\d+(?:\.\d+)?)\s*m|(?<ch>\d{1,2}):(?<cm>\d{2}))$")]
    private static partial Regex Compact();

    [GeneratedRegex(@"\d+(?:\.\d+)?|[a-z]+")]
    private static partial Regex Tokens();

    private static bool WordNumber(string token, out double number)
    {
        var value = WordNumbers.Parse(token);
        number = value ?? 0;
        return value is not null;
    }
}
