using System.Globalization;
using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Time;

/// <summary>Reads steps from another moment: "25 minutes later", "half an hour after", "an hour earlier", "T+5m".</summary>
internal static class RelativeReader
{
    public static TimeExpression? ReadAt(string text, int position)
    {
        var count = TimePatterns.CountOffset().Match(text, position);
        if (count.Success)
        {
            var amount = double.Parse(count.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            var sign = count.Groups["sign"].ValueSpan[0] == '+' ? 1 : -1;
            // A bare "T+5" counts minutes, the unit incident calls count in.
            var unit = count.Groups["unit"].Success ? Unit(count.Groups["unit"].Value) : TimeSpan.FromMinutes(1);
            return Build(text, count, unit * amount * sign, approximate: false);
        }

        var words = TimePatterns.Relative().Match(text, position);
        if (!words.Success || Quantity(words.Groups["qty"].Value) is not { } quantity)
        {
            return null;
        }

        if (words.Groups["half"].Success)
        {
            quantity += 0.5;
        }

        var direction = words.Groups["dir"].Value.ToLowerInvariant() is "earlier" or "before" ? -1 : 1;
        return Build(text, words, Unit(words.Groups["unit"].Value) * quantity * direction, words.Groups["approx"].Success);
    }

    private static TimeExpression Build(string text, Match match, TimeSpan offset, bool approximate) =>
        new(match.Index, match.Length, match.Value, TimeExpressionKind.Relative) { RelativeOffset = offset, IsApproximate = approximate };

    private static double? Quantity(string written)
    {
        var word = written.ToLowerInvariant();
        if (char.IsAsciiDigit(word[0]))
        {
            return double.Parse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        if (word.StartsWith("half", StringComparison.Ordinal))
        {
            return 0.5;
        }

        return word is "a" or "an" ? 1 : WordNumbers.Parse(word);
    }

    private static TimeSpan Unit(string written) => char.ToLowerInvariant(written[0]) switch
    {
        's' => TimeSpan.FromSeconds(1),
        'm' => TimeSpan.FromMinutes(1),
        'h' => TimeSpan.FromHours(1),
        _ => TimeSpan.FromDays(1),
    };
}
