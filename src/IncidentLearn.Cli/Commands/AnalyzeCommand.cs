using System.CommandLine;
using IncidentLearn.Cli.Hosting;
using IncidentLearn.Core.Importing;
using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Reading.Analysis;

namespace IncidentLearn.Cli.Commands;

/// <summary>`incidentlearn analyze &lt;file&gt; [--json]`: how a write-up reads — shape, STAR parts, timeline, what was dropped — without storing it.</summary>
public static class AnalyzeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A write-up of any shape (UTF-8 text, at most 2 MiB)." };
        var json = new Option<bool>("--json") { Description = "Print the analysis as JSON (the same as POST /api/analyze)." };
        var command = new Command("analyze", "Show how a write-up is read, without storing it.") { file, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"{path}: rejected: no such file.");
                return ExitCodes.SomeRejected;
            }

            var (text, problem) = await InputFiles.ReadTextAsync(path, cancellationToken);
            var imported = text is null ? null : IncidentImporter.Read(text);
            if (imported is not { Succeeded: true })
            {
                var why = problem ?? string.Join("; ", imported!.Problems.Select(p => p.Line is { } line ? $"line {line}: {p.Message}" : p.Message));
                await error.WriteLineAsync($"{path}: rejected: {why}");
                return ExitCodes.SomeRejected;
            }

            var analysis = AnalysisBuilder.Build(new ReadResult(imported.Record!, imported.Report));
            await output.WriteLineAsync(result.GetValue(json) ? AnalysisJson.Serialize(analysis) : AnalysisSummary.Write(analysis));
            return ExitCodes.Ok;
        });
        return command;
    }
}
