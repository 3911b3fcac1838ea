using IncidentLearn.Core.Tests.Snapshots;

namespace IncidentLearn.Core.Tests.Stories;

/// <summary>The coach's verdict on the tool's own answers for every sample, kept as a reviewed table so any change in it is seen.</summary>
public sealed class SampleCoachingTests
{
    [Fact]
    public void TheChecksEachSampleFailsAreAsReviewed() =>
        Snapshot.MatchBeside("sample-coaching", SampleCoaching.Table(), "md");
}
