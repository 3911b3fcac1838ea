namespace IncidentLearn.Core.Stories;

/// <summary>How long a spoken answer should be: a word range, the length aimed for, and what share each part gets.</summary>
public sealed record StoryLength(string Name, int MinWords, int TargetWords, int MaxWords)
{
    /// <summary>Middle of the 130–150 spoken words a minute the coaching sources give.</summary>
    public const int WordsPerMinute = 140;

    /// <summary>About 60 seconds spoken.</summary>
    public static StoryLength Short { get; } = new("short", 80, 135, 170);

    /// <summary>About 2 minutes spoken.</summary>
    public static StoryLength Full { get; } = new("full", 200, 285, 330);

    public static IReadOnlyList<StoryLength> Both { get; } = [Short, Full];

    /// <summary>Action gets about half or a little more; the rest sets it up and pays it off.</summary>
    public static double ShareOf(StarPart part) => part switch
    {
        StarPart.Situation => 0.20,
        StarPart.Task => 0.10,
        StarPart.Action => 0.53,
        _ => 0.17,
    };

    public static int SecondsFor(int words) => (int)Math.Round(words * 60.0 / WordsPerMinute);
}
