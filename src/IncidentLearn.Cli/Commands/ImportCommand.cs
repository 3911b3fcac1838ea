using System.CommandLine;
using IncidentLearn.Cli.Hosting;
using IncidentLearn.Core.CanonicalFormat;
using IncidentLearn.Core.Importing;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Data.Store;

namespace IncidentLearn.Cli.Commands;

/// <summary>`incidentlearn import &lt;files or folders&gt;`: stores each write-up, of any shape; a bad file is named with why and the rest still go in.</summary>
public static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to import (folders: every .md, .txt and .markdown file inside).", Arity = ArgumentArity.OneOrMore };
        var replace = new Option<bool>("--replace") { Description = "Replace a stored incident that has the same id instead of rejecting the file." };
        var command = new Command("import", "Read write-ups and store them as incidents.") { paths, replace };
        command.SetAction(async (result, cancellationToken) =>
        {
            var context = CliApplication.ContextFor(result, output, error);
            var files = InputFiles.Expand(result.GetValue(paths)!, error, out var missing);
            await using var session = await context.OpenStoreAsync(cancellationToken);
            var rejected = missing;
            var stored = 0;
            foreach (var file in files)
            {
                var outcome = await ImportOneAsync(session.Store, file, result.GetValue(replace), cancellationToken);
                if (outcome.Rejection is { } why)
                {
                    rejected++;
                    await error.WriteLineAsync($"{file}: rejected: {why}");
                }
                else
                {
                    stored++;
                    await output.WriteLineAsync($"{file}: {outcome.Message}");
                }
            }

            await output.WriteLineAsync($"{stored} imported, {rejected} rejected.");
            return rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Ok;
        });
        return command;
    }

    private static string Warned(int warnings) => warnings switch
    {
        0 => "",
        1 => ", 1 warning: run 'incidentlearn analyze' on the file to see it",
        _ => $", {warnings} warnings: run 'incidentlearn analyze' on the file to see them",
    };

    private sealed record Outcome(string? Message, string? Rejection);

    private static async Task<Outcome> ImportOneAsync(IncidentStore store, string file, bool replace, CancellationToken cancellationToken)
    {
        var (text, problem) = await InputFiles.ReadTextAsync(file, cancellationToken);
        if (text is null)
        {
            return new Outcome(null, problem);
        }

        var read = IncidentImporter.Read(text);
        if (!read.Succeeded)
        {
            return new Outcome(null, string.Join("; ", read.Problems.Select(p => p.Line is { } line ? $"line {line}: {p.Field}: {p.Message}" : $"{p.Field}: {p.Message}")));
        }

        var record = read.Record!;
        var how = read.ReadAsCanonical ? "" : $" [read as {read.Report.Shape}{Warned(read.Report.Warnings.Count)}]";
        var errors = IncidentValidator.Validate(record);
        if (errors.Count > 0)
        {
            return new Outcome(null, string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }

        var existing = record.Id == Guid.Empty ? null : await store.GetAsync(record.Id, cancellationToken);
        if (existing is null)
        {
            var added = await store.AddAsync(record, cancellationToken);
            return new Outcome($"stored as {added.Record.Id} ({added.Record.Title}){how}", null);
        }

        if (CanonicalMarkdown.Write(existing.Record) == CanonicalMarkdown.Write(record))
        {
            return new Outcome($"unchanged ({record.Id})", null);
        }

        if (!replace)
        {
            return new Outcome(null, $"incident {record.Id} is stored already and differs; use --replace to overwrite it.");
        }

        var updated = await store.UpdateAsync(record.Id, record, existing.Version, cancellationToken);
        return updated.Outcome == UpdateOutcome.Updated
            ? new Outcome($"replaced {record.Id} ({record.Title})", null)
            : new Outcome(null, $"incident {record.Id} changed while importing; nothing was written.");
    }
}
