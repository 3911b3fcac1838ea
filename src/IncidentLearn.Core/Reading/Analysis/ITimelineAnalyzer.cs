using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Reading.Analysis;

/// <summary>
/// The seam where the timeline analysis plugs in: given the record's events, what it finds (overlaps,
/// durations that disagree with their ranges, gaps, midnight crossings). The reader itself finds nothing.
/// </summary>
public interface ITimelineAnalyzer
{
    IReadOnlyList<TimelineFinding> Analyze(IncidentRecord record);
}

/// <summary>One thing the timeline analysis noticed, about the events at these indexes.</summary>
public sealed record TimelineFinding(string Kind, string Message, IReadOnlyList<int> Events);

/// <summary>Used until the timeline analysis exists: no findings.</summary>
public sealed class NoTimelineFindings : ITimelineAnalyzer
{
    public static NoTimelineFindings Instance { get; } = new();

    public IReadOnlyList<TimelineFinding> Analyze(IncidentRecord record) => [];
}
