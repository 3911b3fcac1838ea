using System.Globalization;

namespace IncidentLearn.Core.Timelines;

/// <summary>Lengths of time in words people read at a glance: "15 minutes", "1 hour 55 minutes", "2 days 3 hours".</summary>
public static class MinutesText
{
    // Findings quote the same few lengths thousands of times in long logs; each text is built once (benign races only rebuild it).
    private static readonly string?[] Recent = new string?[2 * 1440];

    public static string Of(TimeSpan span)
    {
        var minutes = (long)Math.Round(Math.Abs(span.TotalMinutes));
        if (span >= TimeSpan.Zero && minutes < Recent.Length)
        {
            return Recent[minutes] ??= Build(minutes, "");
        }

        return Build(minutes, span < TimeSpan.Zero ? "minus " : "");
    }

    private static string Build(long minutes, string sign)
    {
        var days = minutes / 1440;
        var hours = minutes % 1440 / 60;
        var rest = minutes % 60;
        var parts = new List<string>(3);
        if (days > 0)
        {
            parts.Add(Unit(days, "day"));
        }

        if (hours > 0)
        {
            parts.Add(Unit(hours, "hour"));
        }

        if (rest > 0 || parts.Count == 0)
        {
            parts.Add(Unit(rest, "minute"));
        }

        return sign + string.Join(' ', parts);
    }

    public static string Short(double minutes)
    {
        var whole = (long)Math.Round(minutes);
        return whole >= 60 ? $"{whole / 60} h {whole % 60:00} min" : $"{whole.ToString(CultureInfo.InvariantCulture)} min";
    }

    private static string Unit(long count, string unit) => count == 1 ? $"1 {unit}" : $"{count.ToString(CultureInfo.InvariantCulture)} {unit}s";
}
