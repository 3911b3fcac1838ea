using System.Text;
using IncidentLearn.Core.Reading.Analysis;

namespace IncidentLearn.Cli.Commands;

/// <summary>The analysis as a person reads it in a terminal: what was understood first, then what to check.</summary>
public static class AnalysisSummary
{
    public static string Write(AnalysisResult analysis)
    {
        var text = new StringBuilder();
        text.AppendLine($"{analysis.Title}");
        text.AppendLine($"  read as: {analysis.Shape}");
        if (analysis.Prompt is not null)
        {
            text.AppendLine($"  question: {analysis.Prompt}");
        }

        Part(text, "Situation", analysis.Star.Situation);
        Part(text, "Task", analysis.Star.Task);
        Part(text, "Action", analysis.Star.Action);
        Part(text, "Result", analysis.Star.Result);
        text.AppendLine();
        text.AppendLine($"  timeline: {analysis.Timeline.Events.Count} events, {analysis.Timeline.Findings.Count} findings");
        foreach (var finding in analysis.Timeline.Findings)
        {
            text.AppendLine($"    {finding.Kind}: {finding.Message}");
        }

        text.AppendLine($"  root causes: {analysis.RootCauses.Count}, action items: {analysis.ActionItems.Count}, follow-ups: {analysis.FollowUps.Count}, questions: {analysis.Questions.Count}");
        if (analysis.Dropped.Count > 0)
        {
            text.AppendLine($"  dropped {analysis.Dropped.Count} lines:");
            foreach (var dropped in analysis.Dropped)
            {
                text.AppendLine($"    line {dropped.Line}: {dropped.Text} ({dropped.Reason})");
            }
        }

        foreach (var warning in analysis.Warnings)
        {
            text.AppendLine($"  warning: {warning}");
        }

        return text.ToString().TrimEnd();
    }

    private static void Part(StringBuilder text, string name, string? value) =>
        text.AppendLine($"  {name}: {(string.IsNullOrWhiteSpace(value) ? "(none)" : Shorten(value))}");

    private static string Shorten(string value)
    {
        var line = value.ReplaceLineEndings(" ");
        return line.Length <= 160 ? line : line[..157] + "…";
    }
}
