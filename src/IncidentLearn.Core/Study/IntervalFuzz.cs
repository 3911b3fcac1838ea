using System.Text;

namespace IncidentLearn.Core.Study;

/// <summary>
/// Spreads review intervals a little so cards learnt together do not fall due together. Seeded by card id
/// and review count, so the same review always gets the same interval and tests can rely on it.
/// </summary>
public static class IntervalFuzz
{
    private static readonly (double Start, double End, double Factor)[] Ranges =
    [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.10),
        (20.0, double.PositiveInfinity, 0.05),
    ];

    /// <summary>The inclusive range of days an interval may be fuzzed into (py-fsrs' ranges).</summary>
    public static (int Min, int Max) Range(int intervalDays, int maximumInterval)
    {
        var delta = 1.0;
        foreach (var (start, end, factor) in Ranges)
        {
            delta += factor * Math.Max(Math.Min(intervalDays, end) - start, 0.0);
        }

        var min = Math.Max(2, (int)Math.Round(intervalDays - delta, MidpointRounding.ToEven));
        var max = Math.Min((int)Math.Round(intervalDays + delta, MidpointRounding.ToEven), maximumInterval);
        return (Math.Min(min, max), max);
    }

    public static int Apply(int intervalDays, int maximumInterval, string cardId, int reviewCount)
    {
        if (intervalDays < 2.5)
        {
            return intervalDays;
        }

        var (min, max) = Range(intervalDays, maximumInterval);
        var unit = UnitFromSeed(cardId, reviewCount);
        // Floor over max - min + 1 buckets keeps every day in range equally likely and never past max.
        return Math.Min(min + (int)Math.Floor(unit * (max - min + 1)), max);
    }

    /// <summary>A number in [0, 1) from FNV-1a over the id, mixed with SplitMix64's finaliser.</summary>
    public static double UnitFromSeed(string cardId, int reviewCount)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(cardId))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        var z = hash + ((ulong)reviewCount * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
