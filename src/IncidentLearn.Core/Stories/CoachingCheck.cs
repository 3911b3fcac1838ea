namespace IncidentLearn.Core.Stories;

/// <summary>One piece of coaching: what was checked, whether the answer passes, and what to do about it.</summary>
public sealed record CoachingCheck(string Name, bool Passed, string Message);

/// <summary>The coaching of a story: the checks, and the numbers behind them for the 2-minute answer.</summary>
public sealed record StoryCoaching(
    IReadOnlyList<CoachingCheck> Checks,
    double ActionShare,
    int FirstPersonInAction,
    int WeInAction,
    IReadOnlyList<string> Hedges,
    IReadOnlyList<MeasuredFigure> ResultFigures);
