using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Stories;

/// <summary>A source of figures for a story. Stated figures come from the record's prose; measured ones from timeline analysis.</summary>
public interface IStoryFigures
{
    IReadOnlyList<MeasuredFigure> FiguresFor(IncidentRecord record);
}

/// <summary>
/// The hook where the timeline analyzer (branch `timeline`) plugs in: until it is wired, there are no measured
/// figures. Replace with an adapter returning time to detect/mitigate/resolve with Source = "measured".
/// </summary>
public sealed class NoTimelineFigures : IStoryFigures
{
    public static NoTimelineFigures Instance { get; } = new();

    public IReadOnlyList<MeasuredFigure> FiguresFor(IncidentRecord record) => [];
}
