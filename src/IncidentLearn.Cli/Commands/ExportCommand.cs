using System.CommandLine;
using IncidentLearn.Cli.Hosting;
using IncidentLearn.Core;
using IncidentLearn.Core.Exports;
using IncidentLearn.Data.Exports;
using IncidentLearn.Data.Store;

namespace IncidentLearn.Cli.Commands;

/// <summary>
/// `incidentlearn export &lt;id|file|all&gt; --format pdf|md|share-md|apkg --out &lt;path&gt;`: one incident to a file (or into a
/// folder), many into a folder or a .zip, named from their titles.
/// </summary>
public static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var which = new Argument<string>("incident") { Description = "An incident id (or a unique prefix), a write-up file, or 'all'." };
        var format = new Option<string>("--format") { Description = $"One of {ExportFormats.Choices}.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong([.. ExportFormats.All.Select(f => f.WireName())]);
        var outPath = new Option<string>("--out") { Description = "A file for one incident; a folder (created if missing) or a .zip for many.", Required = true };
        var cards = new Option<bool>("--cards") { Description = "Add the flashcards to a PDF as a printable appendix." };
        var tag = new Option<string?>("--tag") { Description = "With 'all': only incidents with this tag." };
        var severity = new Option<string?>("--severity") { Description = "With 'all': only incidents of this severity." };
        var command = new Command("export", "Write incidents as PDF reports, Markdown or Anki decks.") { which, format, outPath, cards, tag, severity };
        command.SetAction(async (result, cancellationToken) =>
        {
            var context = CliApplication.ContextFor(result, output, error);
            ExportFormats.TryParse(result.GetValue(format), out var chosen);
            var target = result.GetValue(outPath)!;
            var argument = result.GetValue(which)!;
            await using var session = await context.OpenStoreAsync(cancellationToken);
            var exporter = new StoredIncidentExporter(session.Store, new LearningServices());

            if (argument.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                var query = new IncidentQuery { Tag = result.GetValue(tag), Severity = result.GetValue(severity), Sort = IncidentSort.DateAscending };
                var items = exporter.ExportManyAsync(query, chosen, result.GetValue(cards), cancellationToken);
                var written = await ExportTargets.WriteManyAsync(items, target, output, cancellationToken);
                await output.WriteLineAsync($"{written} file{(written == 1 ? "" : "s")} exported to {target}.");
                return ExitCodes.Ok;
            }

            var record = await IncidentArgument.ResolveOrReportAsync(context, argument, cancellationToken);
            if (record is null)
            {
                return ExitCodes.SomeRejected;
            }

            var item = await exporter.ExportAsync(record, chosen, result.GetValue(cards), cancellationToken);
            await output.WriteLineAsync(await ExportTargets.WriteOneAsync(item, target, cancellationToken));
            return ExitCodes.Ok;
        });
        return command;
    }
}
