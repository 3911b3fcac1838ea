using System.Globalization;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Reports;

/// <summary>The words reports use for the record's values, in one place so PDF and Markdown say the same.</summary>
public static class ReportText
{
    public static string Date(DateOnly? date) => date?.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Status(IncidentStatus status) => status switch
    {
        IncidentStatus.InReview => "in review",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Status(ActionStatus status) => status switch
    {
        ActionStatus.InProgress => "in progress",
        ActionStatus.WontDo => "won't do",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>"duration-mismatch" as "duration mismatch".</summary>
    public static string Words(string wireName) => wireName.Replace('-', ' ');

    public static string Minutes(double minutes) => Math.Round(minutes, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
