using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Text;

/// <summary>
/// Reads durations as people write them: "1 hour and 15 minutes", "90 mins", "1h30", "an hour and a half",
/// "half an hour", "1.5 hours". Returns null rather than guessing when a word is not understood.
/// </summary>
public static partial class DurationText
{
    public static double? ToMinutes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 80)
        {
            return null;
        }

        var tokens = Tokens().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        double total = 0;
        double? pending = null;
        double lastUnit = 0;
        var understood = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (TryNumber(token, out var number))
            {
                pending = (pending ?? 0) + number;
                continue;
            }

            if (token == "half")
            {
                if (pending is null && lastUnit > 0 && i > 0 && tokens[i - 1] is "a")
                {
                    total += lastUnit / 2;
                    understood = true;
                }
                else
                {
                    pending = 0.5;
                }

                continue;
            }

            if (UnitMinutes(token) is { } unit)
            {
                total += (pending ?? 1) * unit;
                lastUnit = unit;
                pending = null;
                understood = true;
                continue;
            }

            if (token is not ("and" or "a" or "an" or "about" or "around" or "approx" or "approximately" or "roughly" or "over" or "under" or "some" or "just" or "almost" or "nearly"))
            {
                return null;
            }
        }

        if (pending is { } leftover)
        {
            // "1h30": a bare number after hours means minutes.
            if (lastUnit != 60)
            {
                return null;
            }

            total += leftover;
        }

        return understood ? Math.Round(total, 2) : null;
    }

    private static bool TryNumber(string token, out double number)
    {
        if (double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
        {
            return true;
        }

        if (token is "a" or "an")
        {
            number = 0;
            return false;
        }

        var word = WordNumbers.Parse(token);
        number = word ?? 0;
        return word is not null;
    }

    private static double? UnitMinutes(string token) => token switch
    {
        "h" or "hr" or "hrs" or "hour" or "hours" => 60,
        "m" or "min" or "mins" or "minute" or "minutes" => 1,
        "s" or "sec" or "secs" or "second" or "seconds" => 1.0 / 60,
        "d" or "day" or "days" => 24 * 60,
        _ => null,
    };

    [GeneratedRegex(@"\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Tokens();
}
