using System.CommandLine;
using IncidentLearn.Cli.Hosting;
using IncidentLearn.Core;
using IncidentLearn.Core.Stories;

namespace IncidentLearn.Cli.Commands;

/// <summary>`incidentlearn star &lt;id|file&gt;`: the incident as a 60-second and a 2-minute STAR answer, with coaching.</summary>
public static class StarCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var incident = IncidentArgument.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON (the same as GET /api/incidents/{id}/star)." };
        var format = new Option<string>("--format") { Description = "md (default) or json.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json");
        var command = new Command("star", "Turn an incident into a STAR interview answer, with coaching.") { incident, json, format };
        command.SetAction(async (result, cancellationToken) =>
        {
            var argument = result.GetValue(incident)!;
            var record = await IncidentArgument.ResolveOrReportAsync(CliApplication.ContextFor(result, output, error), argument, cancellationToken);
            if (record is null)
            {
                return ExitCodes.SomeRejected;
            }

            var learning = new LearningServices();
            var answer = learning.Answers.Build(record);
            var asJson = result.GetValue(json) || result.GetValue(format) == "json";
            await output.WriteLineAsync(asJson ? answer.ToJson() : StarStoryMarkdown.Render(answer, record.Title, learning.Templates));
            return ExitCodes.Ok;
        });
        return command;
    }
}
