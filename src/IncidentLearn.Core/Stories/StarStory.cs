namespace IncidentLearn.Core.Stories;

/// <summary>
/// The STAR story of one incident at both lengths, with the figures it can stand on and what the record gives a
/// drafted action (none for a story built by hand).
/// </summary>
public sealed record StarStory(string? Prompt, StoryVersion Short, StoryVersion Full, IReadOnlyList<MeasuredFigure> Figures, ActionMaterial? ActionMaterial = null)
{
    public IEnumerable<StoryVersion> Versions => [Short, Full];
}
