using IncidentLearn.Core.Reading.Labels;

namespace IncidentLearn.Core.Reading.Sections;

/// <summary>A heading (or none, for text before the first heading) and the lines under it.</summary>
public sealed class Section
{
    public string? Heading { get; init; }

    public SourceLine? HeadingLine { get; init; }

    public int Level { get; init; }

    public List<SourceLine> Body { get; } = [];

    public string Text => Paragraphs.Join(Body);

    public bool HasText => Body.Any(l => !l.IsBlank);

    public IEnumerable<SourceLine> AllLines => HeadingLine is null ? Body : Body.Prepend(HeadingLine);
}
