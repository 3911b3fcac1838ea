using System.CommandLine;
using IncidentLearn.Cli.Hosting;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Cli.Commands;

/// <summary>`incidentlearn timeline &lt;id|file&gt;`: events with computed durations, findings and key figures, as a table, JSON, Mermaid or SVG.</summary>
public static class TimelineCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var incident = IncidentArgument.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON (the same as GET /api/incidents/{id}/timeline)." };
        var format = new Option<string>("--format") { Description = "table (default), json, mermaid or svg.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "mermaid", "svg");
        var zone = new Option<string?>("--zone") { Description = "Show times in this IANA time zone instead of the incident's." };
        var command = new Command("timeline", "Analyse an incident's timeline.") { incident, json, format, zone };
        command.SetAction(async (result, cancellationToken) =>
        {
            var context = CliApplication.ContextFor(result, output, error);
            var argument = result.GetValue(incident)!;
            var record = await IncidentArgument.ResolveOrReportAsync(context, argument, cancellationToken);
            if (record is null)
            {
                return ExitCodes.SomeRejected;
            }

            TimeZoneInfo? displayZone = null;
            if (result.GetValue(zone) is { } zoneId)
            {
                if (!TimelineReportBuilder.TryFindZone(zoneId, out var found, out var zoneProblem))
                {
                    await error.WriteLineAsync($"incidentlearn: {zoneProblem}");
                    return ExitCodes.Usage;
                }

                displayZone = found;
            }

            var analysis = new TimelineAnalyzer().Analyze(record);
            var chosen = result.GetValue(json) ? "json" : result.GetValue(format);
            await output.WriteLineAsync(chosen switch
            {
                "json" => TimelineReportBuilder.ToJson(TimelineReportBuilder.Build(analysis, displayZone)),
                "mermaid" => MermaidGanttWriter.Write(analysis, record.Title, displayZone),
                "svg" => SvgGanttRenderer.Render(TimelineLayoutBuilder.Build(analysis, displayZone), record.Title),
                _ => TimelineMarkdownTable.Write(analysis, displayZone),
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
