namespace IncidentLearn.Core.Timelines;

/// <summary>
/// A moment as well as the text pins it down: exact times have Earliest == Latest; "15:??" spans the hour.
/// The estimate (the middle) is what arithmetic and charts use; the spread is carried into durations.
/// </summary>
public readonly record struct UncertainInstant(DateTimeOffset Earliest, DateTimeOffset Latest)
{
    public static UncertainInstant Exactly(DateTimeOffset instant) => new(instant, instant);

    public DateTimeOffset Estimate => Earliest + (Latest - Earliest).Half();

    public TimeSpan Spread => Latest - Earliest;

    public bool IsExact => Earliest == Latest;

    public UncertainInstant Shift(TimeSpan by) => new(Earliest + by, Latest + by);
}

/// <summary>A length of time with the range it could really be, given vague ends.</summary>
public readonly record struct DurationEstimate(TimeSpan Estimate, TimeSpan Shortest, TimeSpan Longest)
{
    public static DurationEstimate Between(UncertainInstant start, UncertainInstant end)
    {
        var shortest = end.Earliest - start.Latest;
        return new DurationEstimate(end.Estimate - start.Estimate, shortest < TimeSpan.Zero ? TimeSpan.Zero : shortest, end.Latest - start.Earliest);
    }

    /// <summary>Half the width of the range: the "±" to print beside the estimate.</summary>
    public TimeSpan Uncertainty => (Longest - Shortest).Half();
}
