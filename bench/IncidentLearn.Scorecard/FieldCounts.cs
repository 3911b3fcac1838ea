namespace IncidentLearn.Scorecard;

/// <summary>
/// Counts for one scored field: right answers, answers the reader gave that were not expected (or were wrong),
/// and expected answers it did not give. Summed across documents before dividing (micro-averaging).
/// </summary>
public readonly record struct FieldCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static FieldCounts Perfect { get; } = new(1, 0, 0);

    /// <summary>A single yes-or-no answer that was expected: right, wrong (both a false positive and a miss), or absent.</summary>
    public static FieldCounts Single(bool given, bool correct) =>
        correct ? Perfect : new(0, given ? 1 : 0, 1);

    /// <summary>Null when the reader gave nothing to judge.</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Null when nothing was expected.</summary>
    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

    public double? F1 => Precision is { } p && Recall is { } r ? (p + r == 0 ? 0 : 2 * p * r / (p + r)) : null;

    public bool IsFullMarks => FalsePositives == 0 && FalseNegatives == 0;

    public static FieldCounts operator +(FieldCounts a, FieldCounts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}
