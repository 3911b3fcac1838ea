namespace IncidentLearn.Core.Stories;

/// <summary>
/// How well an answer is told, compared in order: words outside the length's range; for an answer that keeps what
/// the author wrote, the author's sentences left out; a result without a figure the coach counts; an action outside
/// the coach's 50–60 %; and last what the answer gives up, in words: the parts' losses (see <see cref="PartChoice.Loss"/>)
/// and how many words the action is short of (or over) its share. Lower is better at every step. A missing figure
/// weighs more than the action's share: where the record holds a figure the answer can always say it, while a share
/// out of range usually means the record is short of action, which the coach then names.
/// </summary>
internal readonly record struct FitScore(int LengthMiss, int AuthoredLeftOut, int MissingFigure, int ShareOutOfRange, double Loss)
    : IComparable<FitScore>
{
    /// <param name="rest">Situation, task and result together.</param>
    public static FitScore Of(PartChoice action, Telling rest, StoryLength length)
    {
        var words = action.Words + rest.Words;
        var shareFits = StoryLength.ActionShareFits(StoryLength.ShareOfWords(action.Words, words));
        var (tooFew, tooMany) = StoryLength.ActionShareMiss(action.Words, rest.Words);
        return new FitScore(
            Math.Max(0, length.MinWords - words) + Math.Max(0, words - length.MaxWords),
            action.AuthoredLeftOut + rest.AuthoredLeftOut,
            rest.HasFigure ? 0 : 1,
            shareFits ? 0 : 1,
            action.Loss + rest.Loss + (shareFits ? 0 : tooFew + tooMany));
    }

    public int CompareTo(FitScore other) =>
        (LengthMiss, AuthoredLeftOut, MissingFigure, ShareOutOfRange, Loss)
            .CompareTo((other.LengthMiss, other.AuthoredLeftOut, other.MissingFigure, other.ShareOutOfRange, other.Loss));
}
