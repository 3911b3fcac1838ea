using System.Globalization;
using System.Text;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Writes a Mermaid gantt block for Markdown exports: one section per kind, bars in wall-clock time of the
/// display zone (Mermaid knows no zones, so a comment names it), moments and milestones as Mermaid milestones,
/// events with findings tagged crit. Characters Mermaid reads as syntax (: ; #) are replaced in task names.
/// </summary>
public static class MermaidGanttWriter
{
    public static string Write(TimelineAnalysis analysis, string title, TimeZoneInfo? displayZone = null)
    {
        var zone = displayZone ?? analysis.Zone;
        var flagged = analysis.Findings
            .Where(f => f.Kind is not (TimelineFindingKinds.DayRollover or TimelineFindingKinds.AssumedDate or TimelineFindingKinds.AssumedZone))
            .SelectMany(f => f.Events)
            .ToHashSet();
        var text = new StringBuilder();
        text.Append("```mermaid\ngantt\n");
        text.Append(CultureInfo.InvariantCulture, $"    title {Clean(title)}\n");
        text.Append("    dateFormat YYYY-MM-DDTHH:mm\n    axisFormat %H:%M\n");
        text.Append(CultureInfo.InvariantCulture, $"    %% times in {zone.Id}\n");
        foreach (var group in analysis.Events.Where(e => e.Start is not null).GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"    section {TimelineReportBuilder.WireName(group.Key)}\n");
            foreach (var e in group.OrderBy(e => e.Start!.Value.Estimate))
            {
                var tags = new List<string>();
                if (flagged.Contains(e.Index))
                {
                    tags.Add("crit");
                }

                var moment = e.Interval is not { IsInstant: false };
                if (moment)
                {
                    tags.Add("milestone");
                }

                tags.Add($"e{e.Index}");
                var length = moment ? "0m" : $"{Math.Max(1, (int)Math.Round(e.Interval!.Value.Duration.TotalMinutes))}m";
                text.Append(CultureInfo.InvariantCulture, $"    {Clean(e.Source.Text, 60)} :{string.Join(", ", tags)}, {Local(e.Start!.Value.Estimate, zone)}, {length}\n");
            }
        }

        if (analysis.Milestones.Count > 0)
        {
            text.Append("    section milestones\n");
            foreach (var mark in analysis.Milestones)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {MilestoneFinder.Name(mark.Milestone)} :milestone, m{(int)mark.Milestone}, {Local(mark.At, zone)}, 0m\n");
            }
        }

        return text.Append("```\n").ToString();
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Clean(string text, int longest = 120)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            cleaned.Append(c switch { ':' => ' ', ';' => ',', '#' => '№', '`' => '\'', _ when char.IsControl(c) => ' ', _ => c });
        }

        var result = cleaned.ToString().Trim();
        result = XmlText.Clip(result, longest);
        return result.Length == 0 ? "(untitled)" : result;
    }
}
