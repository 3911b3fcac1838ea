using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Tests.Timelines;

/// <summary>Small records built in code, in the shapes the write-up reader produces.</summary>
internal static class TimelineTestRecords
{
    public static IncidentRecord Log(string? zone, DateOnly? date, params (string Start, string? End, string? Stated, string Text)[] lines) => new()
    {
        Title = "test",
        TimeZone = zone,
        Date = date,
        Timeline = [.. lines.Select(l => new TimelineEvent { Start = l.Start, End = l.End, StatedDuration = l.Stated, Text = l.Text })],
    };

    public static IncidentRecord Points(params (string Start, EventKind? Kind, string Text)[] lines) => new()
    {
        Title = "test",
        TimeZone = "UTC",
        Date = new DateOnly(2024, 5, 2),
        Timeline = [.. lines.Select(l => new TimelineEvent { Start = l.Start, Kind = l.Kind, Text = l.Text })],
    };

    /// <summary>The worked example, as the time-range reader would hand it over.</summary>
    public static IncidentRecord WorkedExample(string zone = "Europe/London") => Log(
        zone,
        new DateOnly(2024, 3, 9),
        ("22:00", "22:15", "15 minutes", "Everyone joined the call."),
        ("22:15", "23:05", "50 minutes", "Froze writes and took snapshots."),
        ("22:50", "00:40", "1 hour and 50 minutes", "Copied the data. Started before snapshots were done."),
        ("00:40", "00:55", "25 minutes", "Checksums did not match; stopped to look."),
        ("00:55", "01:30", "35 minutes", "Waiting on the vendor's support engineer to call back."),
        ("01:30", "02:10", "40 minutes", "Vendor confirmed a reporting bug."),
        ("02:00", "02:20", "20 minutes", "Switched reads to the new cluster."),
        ("02:20", "02:45", "25 minutes", "Unfroze writes. All clear."));
}
