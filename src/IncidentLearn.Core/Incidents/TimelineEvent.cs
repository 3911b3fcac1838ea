namespace IncidentLearn.Core.Incidents;

/// <summary>
/// One line of the timeline as the author wrote it. Times stay text ("23:52", "2025-03-04 14:05 UTC",
/// "around 14:30") so nothing is lost; the timeline analysis works out instants from them.
/// </summary>
public sealed class TimelineEvent
{
    public string Start { get; set; } = "";

    public string? End { get; set; }

    /// <summary>The duration the author stated ("1 hour and 15 minutes"), which may disagree with the range.</summary>
    public string? StatedDuration { get; set; }

    public string Text { get; set; } = "";

    public string? Actor { get; set; }

    public EventKind? Kind { get; set; }
}
