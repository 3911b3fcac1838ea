using System.Globalization;
using System.Text;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// The timeline as a Markdown table with computed durations beside stated ones, followed by the findings and the
/// key figures. Times are shown in the display zone; the author's text is kept, with pipes and line breaks escaped.
/// </summary>
public static class TimelineMarkdownTable
{
    public static string Write(TimelineAnalysis analysis, TimeZoneInfo? displayZone = null)
    {
        var zone = displayZone ?? analysis.Zone;
        var flagged = analysis.Findings.SelectMany(f => f.Events.Select(e => (e, f.Kind))).ToLookup(p => p.e, p => p.Kind);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Times in {zone.Id}.\n\n");
        text.Append("| # | Start | End | Minutes | Stated | Kind | Actor | Event |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var e in analysis.Events)
        {
            var minutes = e.Duration is { } d ? Number(d.Estimate.TotalMinutes) + (d.Uncertainty > TimeSpan.Zero ? $" ±{Number(d.Uncertainty.TotalMinutes)}" : "") : "";
            if (flagged[e.Index].Contains(TimelineFindingKinds.DurationMismatch))
            {
                minutes += " ⚠";
            }

            var start = e.Start is { } s ? Shown(s.Estimate, zone, analysis, s.IsExact) : $"? ({Cell(e.Source.Start)})";
            var end = e.Interval is { IsInstant: false } interval ? Shown(interval.End, zone, analysis, e.End?.IsExact ?? true) : "";
            var kind = TimelineReportBuilder.WireName(e.Kind) + (e.KindInferred ? " (inferred)" : "");
            var stated = e.StatedDuration is { } length ? Number(length.TotalMinutes) : Cell(e.Source.StatedDuration ?? "");
            text.Append(CultureInfo.InvariantCulture, $"| {e.Index} | {start} | {end} | {minutes} | {stated} | {kind} | {Cell(e.Source.Actor ?? "")} | {Cell(e.Source.Text)} |\n");
        }

        if (analysis.Findings.Count > 0)
        {
            text.Append("\n**Findings**\n\n");
            foreach (var finding in analysis.Findings)
            {
                var events = finding.Events.Count == 0 ? "" : $" (events {string.Join(", ", finding.Events)})";
                text.Append(CultureInfo.InvariantCulture, $"- `{finding.Kind}`{events}: {finding.Message.ReplaceLineEndings(" ")}\n");
            }
        }

        var metrics = analysis.Metrics;
        text.Append(CultureInfo.InvariantCulture, $"\n**Span** {Figure(analysis.Span?.Duration)} · **time to detect** {Figure(metrics.TimeToDetect.Value)} · **acknowledge** {Figure(metrics.TimeToAcknowledge.Value)} · **mitigate** {Figure(metrics.TimeToMitigate.Value)} · **resolve** {Figure(metrics.TimeToResolve.Value)}\n");
        return text.ToString();
    }

    private static string Shown(DateTimeOffset instant, TimeZoneInfo zone, TimelineAnalysis analysis, bool exact)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var startDay = TimeZoneInfo.ConvertTime(analysis.Span!.Value.Start, zone).Date;
        var day = (local.Date - startDay).Days;
        var text = (exact ? "" : "~") + local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return day == 0 ? text : $"{text} (+{day}d)";
    }

    private static string Figure(TimeSpan? span) => span is { } value ? MinutesText.Of(value) : "unknown";

    private static string Number(double minutes) => Math.Round(minutes, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Trim();
}
