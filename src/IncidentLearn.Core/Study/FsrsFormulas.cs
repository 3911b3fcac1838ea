namespace IncidentLearn.Core.Study;

/// <summary>The FSRS-6 memory model as pure functions of stability, difficulty and rating (py-fsrs scheduler.py).</summary>
public sealed class FsrsFormulas(FsrsParameters parameters)
{
    private const double MinStability = 0.001;

    private readonly double decay = -parameters.W(20);

    /// <summary>Chosen so that R(S, S) = 0.9.</summary>
    public double Factor => Math.Pow(0.9, 1 / decay) - 1;

    public double Retrievability(double elapsedDays, double stability) =>
        Math.Pow(1 + (Factor * Math.Max(0, elapsedDays) / stability), decay);

    public int IntervalDays(double stability)
    {
        var raw = stability / Factor * (Math.Pow(parameters.DesiredRetention, 1 / decay) - 1);
        // Python's round() is banker's rounding; matching it keeps results comparable with py-fsrs.
        var rounded = (int)Math.Round(raw, MidpointRounding.ToEven);
        return Math.Clamp(rounded, 1, parameters.MaximumIntervalDays);
    }

    public double InitialStability(ReviewRating rating) => Math.Max(parameters.W((int)rating - 1), MinStability);

    public double InitialDifficulty(ReviewRating rating) => Math.Clamp(RawInitialDifficulty(rating), 1, 10);

    public double NextDifficulty(double difficulty, ReviewRating rating)
    {
        var delta = -parameters.W(6) * ((int)rating - 3);
        var damped = difficulty + (delta * (10 - difficulty) / 9);
        var reverted = (parameters.W(7) * RawInitialDifficulty(ReviewRating.Easy)) + ((1 - parameters.W(7)) * damped);
        return Math.Clamp(reverted, 1, 10);
    }

    /// <summary>Stability after a review a day or more after the last one.</summary>
    public double NextStability(double stability, double difficulty, double retrievability, ReviewRating rating) =>
        Math.Max(MinStability, rating == ReviewRating.Again
            ? LapseStability(stability, difficulty, retrievability)
            : RecallStability(stability, difficulty, retrievability, rating));

    /// <summary>Stability after a review within the same day as the last one.</summary>
    public double ShortTermStability(double stability, ReviewRating rating)
    {
        var increase = Math.Exp(parameters.W(17) * ((int)rating - 3 + parameters.W(18))) * Math.Pow(stability, -parameters.W(19));
        if (rating >= ReviewRating.Good)
        {
            increase = Math.Max(increase, 1.0);
        }

        return Math.Max(MinStability, stability * increase);
    }

    private double RawInitialDifficulty(ReviewRating rating) =>
        parameters.W(4) - Math.Exp(parameters.W(5) * ((int)rating - 1)) + 1;

    private double RecallStability(double s, double d, double r, ReviewRating rating)
    {
        var hardPenalty = rating == ReviewRating.Hard ? parameters.W(15) : 1;
        var easyBonus = rating == ReviewRating.Easy ? parameters.W(16) : 1;
        return s * (1 + (Math.Exp(parameters.W(8)) * (11 - d) * Math.Pow(s, -parameters.W(9))
            * (Math.Exp(parameters.W(10) * (1 - r)) - 1) * hardPenalty * easyBonus));
    }

    private double LapseStability(double s, double d, double r)
    {
        var longTerm = parameters.W(11) * Math.Pow(d, -parameters.W(12)) * (Math.Pow(s + 1, parameters.W(13)) - 1)
            * Math.Exp(parameters.W(14) * (1 - r));
        var shortTerm = s / Math.Exp(parameters.W(17) * parameters.W(18));
        return Math.Min(longTerm, shortTerm);
    }
}
