using IncidentLearn.Core.Reading.Shapes;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading;

/// <summary>
/// What the reader did with the source, for a person to check before saving: the shape it recognised and how
/// sure it was, every line it dropped and why, warnings in plain words, and the fields it drafted rather
/// than read (as "star.task" style paths).
/// </summary>
public sealed class ReadReport
{
    public string Shape { get; set; } = ShapeNames.Plain;

    public double Score { get; set; }

    public string? RunnerUpShape { get; set; }

    public double RunnerUpScore { get; set; }

    public List<DroppedLine> Dropped { get; } = [];

    /// <summary>Plain sentences a person can act on; each names the lines it is about where it can.</summary>
    public List<string> Warnings { get; } = [];

    public List<string> Drafted { get; } = [];

    /// <summary>Fields the source has no section for, taken from a sentence whose wording says what it is ("impact", "rootCauses[0]").</summary>
    public List<string> Inferred { get; } = [];

    public List<NumberMention> Numbers { get; } = [];

    /// <summary>The source lines of each fact read, keyed by its path ("summary", "star.task", "timeline[3]", "actionItems[0]").</summary>
    public Dictionary<string, SourceSpan> Sources { get; } = [];
}
