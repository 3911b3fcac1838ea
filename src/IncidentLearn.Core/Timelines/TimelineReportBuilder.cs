using System.Globalization;
using System.Text.Json;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Timelines;

/// <summary>Turns an analysis into the wire shape, showing times in the record's zone or any other: only displayed times change.</summary>
public static class TimelineReportBuilder
{
    private static readonly JsonSerializerOptions WriteOptions = new(IncidentJson.Options) { WriteIndented = true };

    public static TimelineReport Build(TimelineAnalysis analysis, TimeZoneInfo? displayZone = null)
    {
        var shown = displayZone ?? analysis.Zone;
        var metrics = analysis.Metrics;
        return new TimelineReport
        {
            Zone = analysis.Zone.Id,
            DisplayZone = shown.Id,
            Events = [.. analysis.Events.Select(e => ToReport(e, shown))],
            Findings = [.. analysis.Findings.Select(f => new TimelineReportFinding { Kind = f.Kind, Message = f.Message, Events = [.. f.Events] })],
            SpanMinutes = Minutes(analysis.Span?.Duration),
            Metrics = new TimelineReportMetrics
            {
                TimeToDetect = Minutes(metrics.TimeToDetect.Value),
                TimeToAcknowledge = Minutes(metrics.TimeToAcknowledge.Value),
                TimeToMitigate = Minutes(metrics.TimeToMitigate.Value),
                TimeToResolve = Minutes(metrics.TimeToResolve.Value),
            },
            MetricEvents = new Dictionary<string, int?[]>
            {
                ["timeToDetect"] = [metrics.TimeToDetect.FromEvent, metrics.TimeToDetect.ToEvent],
                ["timeToAcknowledge"] = [metrics.TimeToAcknowledge.FromEvent, metrics.TimeToAcknowledge.ToEvent],
                ["timeToMitigate"] = [metrics.TimeToMitigate.FromEvent, metrics.TimeToMitigate.ToEvent],
                ["timeToResolve"] = [metrics.TimeToResolve.FromEvent, metrics.TimeToResolve.ToEvent],
            },
            Milestones = [.. analysis.Milestones.Select(m => new TimelineReportMilestone { Milestone = WireName(m.Milestone), Event = m.Event, At = Iso(m.At, shown) })],
            PerKind = analysis.PerKind.ToDictionary(p => WireName(p.Key), p => Minutes(p.Value)!.Value),
            CriticalPath = [.. analysis.CriticalPath],
        };
    }

    public static string ToJson(TimelineReport report) => JsonSerializer.Serialize(report, WriteOptions);

    /// <summary>Finds a display zone by IANA id; a problem in words instead of an exception when there is none.</summary>
    public static bool TryFindZone(string? zoneId, out TimeZoneInfo zone, out string? problem)
    {
        problem = null;
        if (!string.IsNullOrWhiteSpace(zoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId.Trim(), out var found))
        {
            zone = found;
            return true;
        }

        zone = TimeZoneInfo.Utc;
        problem = $"'{zoneId}' is not a known IANA time zone (for example Europe/Berlin or UTC).";
        return false;
    }

    public static string WireName(EventKind kind) => kind.ToString().ToLowerInvariant();

    public static string WireName(Milestone milestone) => milestone switch
    {
        Milestone.ImpactStart => "impact-start",
        _ => milestone.ToString().ToLowerInvariant(),
    };

    public static string Iso(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static TimelineReportEvent ToReport(AnalyzedEvent e, TimeZoneInfo shown) => new()
    {
        Index = e.Index,
        Start = e.Start is { } start ? Iso(start.Estimate, shown) : null,
        End = e.Interval is { IsInstant: false } interval ? Iso(interval.End, shown) : e.End is { } end ? Iso(end.Estimate, shown) : null,
        Minutes = Minutes(e.Duration?.Estimate),
        StatedMinutes = Minutes(e.StatedDuration),
        UncertaintyMinutes = Minutes(e.Duration?.Uncertainty),
        StartUncertaintyMinutes = Minutes(e.Start?.Spread / 2),
        Day = e.Day,
        Text = e.Source.Text,
        Actor = e.Source.Actor,
        Kind = WireName(e.Kind),
        KindInferred = e.KindInferred,
        EndFromStatedDuration = e.EndFromStatedDuration,
        Milestones = [.. e.Milestones.Select(WireName)],
        Raw = new TimelineReportRaw { Start = e.Source.Start, End = e.Source.End, StatedDuration = e.Source.StatedDuration },
    };

    private static double? Minutes(TimeSpan? span) => span is { } value ? Math.Round(value.TotalMinutes, 2) : null;
}
