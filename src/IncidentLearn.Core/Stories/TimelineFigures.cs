using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Stories;

/// <summary>The measured figures a story can cite: time to detect, mitigate and resolve, from the timeline analysis.</summary>
public sealed class TimelineFigures(TimelineAnalyzer analyzer) : IStoryFigures
{
    public IReadOnlyList<MeasuredFigure> FiguresFor(IncidentRecord record)
    {
        if (record.Timeline.Count < 2)
        {
            return [];
        }

        var analysis = analyzer.Analyze(record);
        var figures = new List<MeasuredFigure>();
        Add(figures, analysis, "time to mitigate", analysis.Metrics.TimeToMitigate);
        Add(figures, analysis, "time to detect", analysis.Metrics.TimeToDetect);
        Add(figures, analysis, "time to resolve", analysis.Metrics.TimeToResolve);
        return figures;
    }

    private static void Add(List<MeasuredFigure> figures, TimelineAnalysis analysis, string label, TimelineMetric metric)
    {
        if (metric is not { Value: { } value, FromEvent: { } from, ToEvent: { } to } || value <= TimeSpan.Zero)
        {
            return;
        }

        // The quote names the two events, so a reader can check the figure against the timeline.
        var quote = $"{analysis.Events[from].Quote} → {analysis.Events[to].Quote}";
        figures.Add(new MeasuredFigure(label, (decimal)Math.Round(value.TotalMinutes), "minutes", MeasuredFigure.Measured, "timeline", quote));
    }
}
