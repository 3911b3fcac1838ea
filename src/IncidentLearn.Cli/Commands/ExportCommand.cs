using System.CommandLine;
using IncidentLearn.Cli.Hosting;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Markdown;
using IncidentLearn.Data.Store;

namespace IncidentLearn.Cli.Commands;

/// <summary>`incidentlearn export &lt;id|all&gt; --format md --out &lt;dir&gt;`: writes incidents as files named from their titles.</summary>
public static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var which = new Argument<string>("id") { Description = "An incident id (or a unique prefix of one), or 'all'." };
        var format = new Option<string>("--format") { Description = "The file format.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md");
        var outFolder = new Option<string>("--out") { Description = "The folder to write into (created if missing).", Required = true };
        var command = new Command("export", "Write stored incidents to files.") { which, format, outFolder };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var session = await CliApplication.ContextFor(result, output, error).OpenStoreAsync(cancellationToken);
            var folder = result.GetValue(outFolder)!;
            var target = result.GetValue(which)!;
            Directory.CreateDirectory(folder);
            var names = new FileNamer(folder);

            if (target.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                var written = 0;
                // Ids stream from the store and records load one at a time, so a large store is never all in memory.
                await foreach (var id in session.Store.StreamIdsAsync().WithCancellation(cancellationToken))
                {
                    var stored = await session.Store.GetAsync(id, cancellationToken);
                    if (stored is not null)
                    {
                        await WriteAsync(stored.Record, names, output, cancellationToken);
                        written++;
                    }
                }

                await output.WriteLineAsync($"{written} incident{(written == 1 ? "" : "s")} exported to {folder}.");
                return ExitCodes.Ok;
            }

            var (resolved, problem) = await IncidentIdResolver.ResolveAsync(session.Store, target, cancellationToken);
            var one = resolved is { } found ? await session.Store.GetAsync(found, cancellationToken) : null;
            if (one is null)
            {
                await error.WriteLineAsync($"{target}: rejected: {problem ?? $"no incident has the id {target}."}");
                return ExitCodes.SomeRejected;
            }

            await WriteAsync(one.Record, names, output, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task WriteAsync(IncidentRecord record, FileNamer names, TextWriter output, CancellationToken cancellationToken)
    {
        var path = names.Next(record.Title, ".md");
        await File.WriteAllTextAsync(path, CanonicalMarkdown.Write(record), cancellationToken);
        await output.WriteLineAsync(path);
    }
}
