using System.Globalization;

namespace IncidentLearn.Api.Study;

/// <summary>"10 minutes", "5.5 minutes", "2 days": an interval as a learner would say it, in its largest whole unit.</summary>
public static class IntervalWords
{
    public static string Of(TimeSpan interval) => interval switch
    {
        { TotalHours: < 1 } => Words(interval.TotalMinutes, "minute"),
        { TotalDays: < 1 } => Words(interval.TotalHours, "hour"),
        _ => Words(interval.TotalDays, "day"),
    };

    private static string Words(double amount, string unit)
    {
        var rounded = Math.Round(amount, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{rounded:0.#} {unit}{(rounded == 1 ? "" : "s")}");
    }
}
