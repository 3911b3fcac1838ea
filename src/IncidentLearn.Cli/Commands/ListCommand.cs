using System.CommandLine;
using System.Text.Json;
using IncidentLearn.Cli.Hosting;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Data.Store;

namespace IncidentLearn.Cli.Commands;

/// <summary>`incidentlearn list`: the stored incidents, newest first, as a table or JSON.</summary>
public static class ListCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var tag = new Option<string?>("--tag") { Description = "Only incidents with this tag." };
        var severity = new Option<string?>("--severity") { Description = "Only incidents of this severity (as written, e.g. SEV2)." };
        var status = new Option<string?>("--status") { Description = "Only incidents in this status." };
        status.AcceptOnlyFromAmong("draft", "in-review", "published");
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("list", "List stored incidents.") { tag, severity, status, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var session = await CliApplication.ContextFor(result, output, error).OpenStoreAsync(cancellationToken);
            var query = new IncidentQuery { Tag = result.GetValue(tag), Severity = result.GetValue(severity), Status = result.GetValue(status), PageSize = IncidentQuery.MaxPageSize };
            var rows = new List<IncidentSummary>();
            var total = 0;
            for (var page = 1; ; page++)
            {
                var chunk = await session.Store.ListAsync(query with { Page = page }, cancellationToken);
                rows.AddRange(chunk.Items);
                total = chunk.Total;
                if (chunk.Items.Count < query.PageSize)
                {
                    break;
                }
            }

            if (result.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new { items = rows, total }, IncidentJson.Options));
                return ExitCodes.Ok;
            }

            await output.WriteLineAsync($"{"ID",-8}  {"DATE",-10}  {"SEVERITY",-8}  {"STATUS",-9}  TITLE");
            foreach (var row in rows)
            {
                await output.WriteLineAsync($"{row.Id.ToString()[..8],-8}  {row.Date?.ToString("yyyy-MM-dd") ?? "",-10}  {row.Severity ?? "",-8}  {Status(row.Status),-9}  {row.Title}");
            }

            await output.WriteLineAsync($"{total} incident{(total == 1 ? "" : "s")}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Status(IncidentStatus status) => JsonSerializer.Serialize(status, IncidentJson.Options).Trim('"');
}
