using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Analysis;

/// <summary>Builds the analysis contract from a read, so the API and the command line only serialise it.</summary>
public static class AnalysisBuilder
{
    public static AnalysisResult Analyze(string text, ITimelineAnalyzer? timelineAnalyzer = null) =>
        Build(WriteupReader.Read(text), timelineAnalyzer);

    public static AnalysisResult Build(ReadResult read, ITimelineAnalyzer? timelineAnalyzer = null)
    {
        var (record, report) = read;
        var events = record.Timeline
            .Select(e => new AnalysisEvent(e.Start, e.End, e.StatedDuration, DurationText.ToMinutes(e.StatedDuration), e.Text, e.Actor, e.Kind))
            .ToList();
        var findings = (timelineAnalyzer ?? NoTimelineFindings.Instance).Analyze(record);
        return new AnalysisResult(
            report.Shape,
            record.Title,
            record.Prompt,
            new AnalysisStar(record.Star.Situation, record.Star.Task, record.Star.Action, record.Star.Result),
            record.Summary,
            record.Impact,
            record.RootCauses,
            record.Resolution,
            new AnalysisTimeline(events, findings),
            record.ActionItems.Select(a => new AnalysisActionItem(a.Text, a.Owner, a.Type, a.Status)).ToList(),
            record.Lessons,
            record.FollowUps,
            record.Questions,
            report.Numbers.Select(n => new AnalysisNumber(n.Text, n.Value, n.Unit)).ToList(),
            report.Dropped,
            report.Warnings);
    }
}
