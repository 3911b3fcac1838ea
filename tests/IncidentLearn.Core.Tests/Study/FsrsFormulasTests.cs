using IncidentLearn.Core.Study;

namespace IncidentLearn.Core.Tests.Study;

/// <summary>Each expected value is worked by hand from REFERENCE.md's formulas with the default weights.</summary>
public sealed class FsrsFormulasTests
{
    private readonly FsrsFormulas formulas = new(FsrsParameters.Default);

    [Fact]
    public void RecallProbabilityIsNinetyPercentWhenElapsedTimeEqualsStability()
    {
        // DECAY = -w20 = -0.1542; FACTOR = 0.9^(1/-0.1542) - 1 = 0.9^(-6.4851) - 1 = 1.98035 - 1 = 0.98035.
        // R(10, 10) = (1 + 0.98035 * 10/10)^-0.1542 = 1.98035^-0.1542 = 0.9 by construction.
        Assert.Equal(0.98035, formulas.Factor, 5);
        Assert.Equal(0.9, formulas.Retrievability(10, 10), 10);
        // R(20, 10) = (1 + 0.98035 * 2)^-0.1542 = 2.96069^-0.1542 = e^(-0.1542 * 1.08543) = e^-0.16737 = 0.84588.
        Assert.Equal(0.84588, formulas.Retrievability(20, 10), 5);
    }

    [Fact]
    public void AtNinetyPercentDesiredRetentionTheIntervalIsTheStabilityRounded()
    {
        // I = S/FACTOR * (0.9^(1/DECAY) - 1) = S/FACTOR * FACTOR = S; round(2.3065) = 2, round(8.2956) = 8.
        Assert.Equal(2, formulas.IntervalDays(2.3065));
        Assert.Equal(8, formulas.IntervalDays(8.2956));
        // Clamped to [1, 36 500].
        Assert.Equal(1, formulas.IntervalDays(0.212));
        Assert.Equal(36_500, formulas.IntervalDays(100_000));
    }

    [Fact]
    public void FirstRatingSetsStabilityToTheMatchingWeightAndDifficultyFromTheExponential()
    {
        // S0(G) = w[G-1]: Again 0.212, Hard 1.2931, Good 2.3065, Easy 8.2956.
        Assert.Equal(0.212, formulas.InitialStability(ReviewRating.Again), 10);
        Assert.Equal(8.2956, formulas.InitialStability(ReviewRating.Easy), 10);
        // D0(1) = 6.4133 - e^0 + 1 = 6.4133.
        Assert.Equal(6.4133, formulas.InitialDifficulty(ReviewRating.Again), 4);
        // D0(3) = 6.4133 - e^(0.8334 * 2) + 1 = 6.4133 - e^1.6668 + 1 = 6.4133 - 5.29520 + 1 = 2.11810.
        Assert.Equal(2.11810, formulas.InitialDifficulty(ReviewRating.Good), 5);
        // D0(4) = 6.4133 - e^2.5002 + 1 = 6.4133 - 12.18493 + 1 = -4.77163, clamped to 1.
        Assert.Equal(1, formulas.InitialDifficulty(ReviewRating.Easy), 10);
    }

    [Fact]
    public void DifficultyRisesAfterHardAndRevertsSlightlyTowardsTheEasyBaseline()
    {
        // Hard from D = 5: ΔD = -3.0194 * (2 - 3) = 3.0194; D'' = 5 + 3.0194 * (10 - 5)/9 = 5 + 1.67744 = 6.67744.
        // D' = 0.001 * D0(4) + 0.999 * D'' = 0.001 * -4.77163 + 0.999 * 6.67744 = -0.00477 + 6.67077 = 6.66600.
        Assert.Equal(6.66600, formulas.NextDifficulty(5, ReviewRating.Hard), 5);
        // Good from D = 5: ΔD = 0, D'' = 5; D' = -0.00477 + 4.995 = 4.99023.
        Assert.Equal(4.99023, formulas.NextDifficulty(5, ReviewRating.Good), 5);
    }

    [Fact]
    public void GoodRecallAtNinetyPercentTriplesAStabilityOfTenDays()
    {
        // S = 10, D = 5, R = 0.9, Good:
        // e^w8 = e^1.8722 = 6.50259; (11 - D) = 6; S^-w9 = 10^-0.1666 = 0.68140; e^(w10 * (1 - R)) - 1 = e^0.0796 - 1 = 0.08285.
        // S' = 10 * (1 + 6.50259 * 6 * 0.68140 * 0.08285) = 10 * (1 + 2.20267) = 32.0267.
        Assert.Equal(32.0267, formulas.NextStability(10, 5, 0.9, ReviewRating.Good), 3);
        // Hard multiplies the growth term by w15 = 0.6014: 10 * (1 + 2.20267 * 0.6014) = 10 * 2.32469 = 23.2469.
        Assert.Equal(23.2469, formulas.NextStability(10, 5, 0.9, ReviewRating.Hard), 3);
        // Easy multiplies it by w16 = 1.8729: 10 * (1 + 2.20267 * 1.8729) = 10 * 5.12538 = 51.2538.
        Assert.Equal(51.2538, formulas.NextStability(10, 5, 0.9, ReviewRating.Easy), 3);
    }

    [Fact]
    public void ALapseCutsStabilityToAboutOneDayAndAHalf()
    {
        // S = 10, D = 5, R = 0.9, Again:
        // long term = w11 * D^-w12 * ((S + 1)^w13 - 1) * e^(w14 * (1 - R))
        //           = 1.4835 * 5^-0.0614 * (11^0.2629 - 1) * e^(1.6483 * 0.1)
        //           = 1.4835 * 0.90591 * 0.87837 * 1.17919 = 1.39199;
        // short-term cap = S / e^(w17 * w18) = 10 / e^(0.5425 * 0.0912) = 10 / 1.05072 = 9.51728; S' = min = 1.39199.
        Assert.Equal(1.39199, formulas.NextStability(10, 5, 0.9, ReviewRating.Again), 4);
    }

    [Fact]
    public void SameDayGoodNeverLowersStability()
    {
        // S = 2.3065, Good: e^(0.5425 * (0 + 0.0912)) * 2.3065^-0.0658 = 1.05072 * 0.94649 = 0.99450 < 1, so raised to 1: S' = 2.3065.
        Assert.Equal(2.3065, formulas.ShortTermStability(2.3065, ReviewRating.Good), 10);
        // Again: e^(0.5425 * (-2 + 0.0912)) * 0.94649 = e^-1.03552 * 0.94649 = 0.35504 * 0.94649 = 0.33604; S' = 2.3065 * 0.33604 = 0.77508.
        Assert.Equal(0.77508, formulas.ShortTermStability(2.3065, ReviewRating.Again), 4);
    }
}
