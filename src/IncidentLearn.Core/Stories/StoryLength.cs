namespace IncidentLearn.Core.Stories;

/// <summary>
/// How long a spoken answer should be: a word range, the length aimed for, and what share each part gets.
/// KeepsAuthoredSentences: the answer tells everything the author wrote when it fits the range, so the author,
/// not the tool, decides what their full answer leaves out; shorter answers leave sentences out to fit.
/// </summary>
public sealed record StoryLength(string Name, int MinWords, int TargetWords, int MaxWords, bool KeepsAuthoredSentences = false)
{
    /// <summary>Middle of the 130–150 spoken words a minute the coaching sources give.</summary>
    public const int WordsPerMinute = 140;

    /// <summary>The coach passes an action of half the answer or a little more, as the STAR coaching sources advise.</summary>
    public const double MinActionShare = 0.5;

    public const double MaxActionShare = 0.6;

    /// <summary>About 60 seconds spoken.</summary>
    public static StoryLength Short { get; } = new("short", 80, 135, 170);

    /// <summary>About 2 minutes spoken.</summary>
    public static StoryLength Full { get; } = new("full", 200, 285, 330, KeepsAuthoredSentences: true);

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

    /// <summary>A part's share of the answer's words, to two places, as it is shown and checked.</summary>
    public static double ShareOfWords(int partWords, int allPartWords) =>
        allPartWords == 0 ? 0 : Math.Round(partWords / (double)allPartWords, 2);

    public static bool ActionShareFits(double share) => share is >= MinActionShare and <= MaxActionShare;

    /// <summary>
    /// Words the action is short of half the answer (as many as the rest), and words it is over 60 % (one and a half
    /// times the rest): what the coach asks to move, and what the fitter weighs when the share cannot be met.
    /// </summary>
    public static (int Short, int Over) ActionShareMiss(int actionWords, int otherWords) =>
        (Math.Max(0, otherWords - actionWords), (int)Math.Ceiling(Math.Max(0, actionWords - (MaxActionShare / (1 - MaxActionShare) * otherWords))));
}
