namespace IncidentLearn.Core.Stories;

/// <summary>The STAR story of one incident at both lengths, with the figures it can stand on.</summary>
public sealed record StarStory(string? Prompt, StoryVersion Short, StoryVersion Full, IReadOnlyList<MeasuredFigure> Figures)
{
    public IEnumerable<StoryVersion> Versions => [Short, Full];
}
