using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Cards;

/// <summary>Timeline facts from the <see cref="TimelineAnalyzer"/>: instants in the record's own time zone, days inferred once.</summary>
public sealed class AnalyzedTimelineFacts : ITimelineFacts
{
    private static readonly TimelineAnalyzer Analyzer = new();

    private AnalyzedTimelineFacts(IReadOnlyList<EventSpan?> spans) => Spans = spans;

    public IReadOnlyList<EventSpan?> Spans { get; }

    public static AnalyzedTimelineFacts From(IncidentRecord record) => From(Analyzer.Analyze(record));

    public static AnalyzedTimelineFacts From(TimelineAnalysis analysis)
    {
        var spans = new EventSpan?[analysis.Events.Count];
        foreach (var e in analysis.Events)
        {
            if (e.Index < spans.Length && e.Start is { } start)
            {
                // Only an end the author wrote counts as a step's length; one derived from a stated duration would just echo it.
                DateTimeOffset? end = e.Interval is { IsInstant: false } interval && !e.EndFromStatedDuration ? interval.End : null;
                spans[e.Index] = new EventSpan(start.Estimate, end);
            }
        }

        return new AnalyzedTimelineFacts(spans);
    }
}
