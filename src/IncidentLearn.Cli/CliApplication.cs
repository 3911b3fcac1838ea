using System.CommandLine;
using IncidentLearn.Cli.Commands;
using IncidentLearn.Cli.Hosting;

namespace IncidentLearn.Cli;

/// <summary>The `incidentlearn` command: one class per subcommand in Commands/, registered here.</summary>
public static class CliApplication
{
    public static readonly Option<string?> DatabaseOption = new("--db")
    {
        Description = "The SQLite file to use (default: Database:Path, else data/incidentlearn.db).",
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("IncidentLearn: turn incident write-ups into records, timelines, STAR stories and flashcards.");
        root.Options.Add(DatabaseOption);
        root.Subcommands.Add(ImportCommand.Create(output, error));
        root.Subcommands.Add(ListCommand.Create(output, error));
        root.Subcommands.Add(ExportCommand.Create(output, error));
        root.Subcommands.Add(AnalyzeCommand.Create(output, error));
        root.Subcommands.Add(TimelineCommand.Create(output, error));
        root.Subcommands.Add(StarCommand.Create(output, error));
        root.Subcommands.Add(QuizCommand.Create(output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync($"incidentlearn: {problem.Message}");
            }

            await error.WriteLineAsync("Run 'incidentlearn --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    public static CliContext ContextFor(ParseResult result, TextWriter output, TextWriter error) =>
        new(output, error, result.GetValue(DatabaseOption));
}
