using System.Globalization;
using IncidentLearn.Core.Time;

namespace IncidentLearn.Core.Tests.Time;

/// <summary>Compares an expression with a table row written as text: "09:15", "2024-06-02", "EDT", an end of "00:20+1" for the next day.</summary>
internal static class ExpectedExpression
{
    public static void Check(TimeExpression? actual, string input, string kind, string text, string? time, string? date, string? zone, string? end = null)
    {
        Assert.NotNull(actual);
        Assert.Equal(kind, actual.Kind.ToString());
        Assert.Equal(text, actual.Text);
        Assert.Equal(text, input.Substring(actual.Start, actual.Length));
        Assert.Equal(time, actual.TimeOfDay is { } t ? Clock(t) : null);
        Assert.Equal(date, actual.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(zone, actual.Zone?.Written);
        var actualEnd = actual.EndTimeOfDay is { } e ? Clock(e) + (actual.EndsNextDay ? "+1" : "")
            : actual.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(end, actual.Kind == TimeExpressionKind.Range ? actualEnd : null);
    }

    private static string Clock(TimeSpan time) =>
        time == TimeSpan.FromDays(1) ? "24:00"
        : time.Ticks % TimeSpan.TicksPerSecond != 0 ? time.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture)
        : time.Seconds != 0 ? time.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)
        : time.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
