namespace IncidentLearn.Core.Study;

/// <summary>FSRS-6 weights and scheduler settings; <see cref="Default"/> holds the published defaults.</summary>
public sealed record FsrsParameters
{
    /// <summary>py-fsrs default weights w0…w20 (since 2025-09).</summary>
    public static readonly IReadOnlyList<double> DefaultWeights =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
        0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    public static FsrsParameters Default { get; } = new();

    public IReadOnlyList<double> Weights { get; init; } = DefaultWeights;

    public double DesiredRetention { get; init; } = 0.9;

    public IReadOnlyList<TimeSpan> LearningSteps { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    public IReadOnlyList<TimeSpan> RelearningSteps { get; init; } = [TimeSpan.FromMinutes(10)];

    public int MaximumIntervalDays { get; init; } = 36_500;

    public bool EnableFuzz { get; init; } = true;

    public double W(int index) => Weights[index];
}
