using System.CommandLine;
using IncidentLearn.Core.Importing;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Cli.Hosting;

/// <summary>
/// Commands that take `&lt;id|file&gt;`: an existing file is read (any shape) without touching the store;
/// anything else is looked up in the store by id or unique id prefix.
/// </summary>
public static class IncidentArgument
{
    /// <summary>The `&lt;incident&gt;` argument, worded once for every command that takes one.</summary>
    public static Argument<string> Create() =>
        new("incident") { Description = "A stored incident's id (or unique prefix), or a write-up file of any shape." };

    public static async Task<(IncidentRecord? Record, string? Problem)> ResolveAsync(CliContext context, string argument, CancellationToken cancellationToken)
    {
        if (File.Exists(argument))
        {
            var (text, problem) = await InputFiles.ReadTextAsync(argument, cancellationToken);
            if (text is null)
            {
                return (null, problem);
            }

            var imported = IncidentImporter.Read(text);
            return imported.Succeeded
                ? (imported.Record, null)
                : (null, string.Join("; ", imported.Problems.Select(p => p.Line is { } line ? $"line {line}: {p.Message}" : p.Message)));
        }

        await using var session = await context.OpenStoreAsync(cancellationToken);
        var (id, lookupProblem) = await IncidentIdResolver.ResolveAsync(session.Store, argument, cancellationToken);
        if (id is null)
        {
            return (null, $"no such file, and {char.ToLowerInvariant(lookupProblem![0])}{lookupProblem[1..]}");
        }

        var stored = await session.Store.GetAsync(id.Value, cancellationToken);
        return stored is null ? (null, $"no incident has the id {argument}.") : (stored.Record, null);
    }

    /// <summary>The record, or null after telling the user on stderr why there is none (the command then exits 1).</summary>
    public static async Task<IncidentRecord?> ResolveOrReportAsync(CliContext context, string argument, CancellationToken cancellationToken)
    {
        var (record, problem) = await ResolveAsync(context, argument, cancellationToken);
        if (record is null)
        {
            await context.Error.WriteLineAsync($"{argument}: rejected: {problem}");
        }

        return record;
    }
}
