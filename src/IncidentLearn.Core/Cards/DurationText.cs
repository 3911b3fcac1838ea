namespace IncidentLearn.Core.Cards;

/// <summary>Says a duration the way a person would: "50 minutes", "1 hour 15 minutes", "2 days 3 hours".</summary>
public static class DurationText
{
    public static string Say(TimeSpan span)
    {
        var minutes = (long)Math.Round(span.TotalMinutes);
        if (minutes < 60)
        {
            return Unit(minutes, "minute");
        }

        var (hours, restMinutes) = (minutes / 60, minutes % 60);
        if (hours < 24)
        {
            return restMinutes == 0 ? Unit(hours, "hour") : $"{Unit(hours, "hour")} {Unit(restMinutes, "minute")}";
        }

        var (days, restHours) = (hours / 24, hours % 24);
        return restHours == 0 ? Unit(days, "day") : $"{Unit(days, "day")} {Unit(restHours, "hour")}";
    }

    private static string Unit(long n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
