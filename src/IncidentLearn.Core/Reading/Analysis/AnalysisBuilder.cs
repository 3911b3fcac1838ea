using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Reading.Analysis;

/// <summary>Builds the analysis contract from a read, so the API and the command line only serialise it.</summary>
public static class AnalysisBuilder
{
    private static readonly TimelineAnalyzer DefaultTimelines = new();

    public static AnalysisResult Analyze(string text, TimelineAnalyzer? timelines = null) =>
        Build(WriteupReader.Read(text), timelines);

    /// <summary>The timeline field is the timeline analysis itself, so analyse and GET …/timeline never disagree.</summary>
    public static AnalysisResult Build(ReadResult read, TimelineAnalyzer? timelines = null)
    {
        var (record, report) = read;
        var timeline = TimelineReportBuilder.Build((timelines ?? DefaultTimelines).Analyze(record));
        return new AnalysisResult(
            report.Shape,
            record.Title,
            record.Prompt,
            new AnalysisStar(record.Star.Situation, record.Star.Task, record.Star.Action, record.Star.Result),
            record.Summary,
            record.Impact,
            record.RootCauses,
            record.Trigger,
            record.Detection,
            record.Resolution,
            timeline,
            record.ActionItems.Select(a => new AnalysisActionItem(a.Text, a.Owner, a.Type, a.Status)).ToList(),
            record.Lessons,
            record.FollowUps,
            record.Questions,
            report.Numbers.Select(n => new AnalysisNumber(n.Text, n.Value, n.Unit)).ToList(),
            report.Dropped,
            report.Warnings,
            report.Inferred,
            report.Sources);
    }
}
