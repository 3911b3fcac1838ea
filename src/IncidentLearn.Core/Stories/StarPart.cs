using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Stories;

/// <summary>The four parts of a STAR answer, in the order they are spoken.</summary>
public enum StarPart
{
    Situation,
    Task,
    Action,
    Result,
}

public static class StarPartNames
{
    public static IReadOnlyList<StarPart> InOrder { get; } = [StarPart.Situation, StarPart.Task, StarPart.Action, StarPart.Result];

    /// <summary>The lower-case name used in JSON and in traces ("situation").</summary>
    public static string Name(this StarPart part) => part.ToString().ToLowerInvariant();

    /// <summary>What the author wrote for this part in the record's STAR section, if anything.</summary>
    public static string? WrittenIn(this StarPart part, StarParts star) => part switch
    {
        StarPart.Situation => star.Situation,
        StarPart.Task => star.Task,
        StarPart.Action => star.Action,
        _ => star.Result,
    };
}
