using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Tests.Timelines;

public sealed class WorkedExampleTests
{
    private readonly TimelineAnalysis analysis = new TimelineAnalyzer().Analyze(TimelineTestRecords.WorkedExample());

    private IEnumerable<int[]> Of(string kind) => analysis.Findings.Where(f => f.Kind == kind).Select(f => f.Events.ToArray());

    [Fact]
    public void ParallelWorkIsReportedForBothOverlappingPairsAndNoOthers() =>
        Assert.Equal([[1, 2], [5, 6]], Of(TimelineFindingKinds.Overlap));

    [Fact]
    public void TheChecksumStepsStatedTwentyFiveMinutesIsFlaggedAsFifteen()
    {
        var mismatch = Assert.Single(analysis.Findings, f => f.Kind == TimelineFindingKinds.DurationMismatch);
        Assert.Equal([3], mismatch.Events);
        Assert.Contains("25 minutes", mismatch.Message);
        Assert.Contains("15 minutes", mismatch.Message);
    }

    [Fact]
    public void MidnightIsReportedOnceAtTheCopyEndingAndTheNextEvent() =>
        Assert.Equal([[2, 3]], Of(TimelineFindingKinds.DayRollover));

    [Fact]
    public void WaitingOnTheVendorIsAWaitingEvent()
    {
        Assert.Equal(EventKind.Waiting, analysis.Events[4].Kind);
        Assert.True(analysis.Events[4].KindInferred);
    }

    [Fact]
    public void TheNightSpansTwoHundredEightyFiveMinutes() => Assert.Equal(285, analysis.Span!.Value.Duration.TotalMinutes);

    [Fact]
    public void EventsAfterMidnightAreOnTheNextDay()
    {
        Assert.Equal([0, 0, 0, 1, 1, 1, 1, 1], analysis.Events.Select(e => e.Day!.Value));
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 0, 40, 0, TimeSpan.Zero), analysis.Events[2].Interval!.Value.End);
    }

    [Fact]
    public void NoOtherFindingsAreRaised() =>
        Assert.All(analysis.Findings, f => Assert.Contains(f.Kind, new[] { TimelineFindingKinds.Overlap, TimelineFindingKinds.DurationMismatch, TimelineFindingKinds.DayRollover }));

    [Fact]
    public void TheCriticalPathRunsThroughEveryStepOfTheNight() => Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], analysis.CriticalPath);

    [Fact]
    public void WaitingTimeIsCountedPerKind() => Assert.Equal(TimeSpan.FromMinutes(35), analysis.PerKind[EventKind.Waiting]);
}
