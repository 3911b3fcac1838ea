using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Timelines;
using static IncidentLearn.Core.Tests.Timelines.TimelineTestRecords;

namespace IncidentLearn.Core.Tests.Timelines;

public sealed class TimelineAnalyzerTests
{
    private static readonly DateOnly Day = new(2024, 6, 4);

    private static TimelineAnalysis Analyze(IncidentRecord record) => new TimelineAnalyzer().Analyze(record);

    [Fact]
    public void ASmallStepBackInTheLogIsOutOfOrderNotTheNextDay()
    {
        var analysis = Analyze(Log("Europe/Berlin", Day, ("23:50", "00:10", null, "Grew the volume."), ("00:10", null, null, "Writes resumed."), ("00:05", null, null, "Jonas called back.")));

        var finding = Assert.Single(analysis.Findings, f => f.Kind == TimelineFindingKinds.OutOfOrder);
        Assert.Equal([1, 2], finding.Events);
        Assert.Equal(1, analysis.Events[2].Day);
    }

    [Fact]
    public void ARangeEndingEarlierThanItStartsIsReportedAndHasNoDuration()
    {
        var analysis = Analyze(Log("UTC", Day, ("14:20", "14:10", "10 minutes", "Looked at logs.")));

        Assert.Equal([0], Assert.Single(analysis.Findings, f => f.Kind == TimelineFindingKinds.EndBeforeStart).Events);
        Assert.Null(analysis.Events[0].Duration);
        Assert.DoesNotContain(analysis.Findings, f => f.Kind == TimelineFindingKinds.DayRollover);
    }

    [Fact]
    public void ARangeInsideAnotherIsReportedAsInside()
    {
        var analysis = Analyze(Log("UTC", Day, ("10:00", "12:00", null, "Incident call."), ("10:30", "11:00", null, "Checked the load balancer.")));

        var overlap = Assert.Single(analysis.Findings, f => f.Kind == TimelineFindingKinds.Overlap);
        Assert.Contains("entirely inside", overlap.Message);
    }

    [Fact]
    public void RangesThatOnlyTouchDoNotOverlap()
    {
        var analysis = Analyze(Log("UTC", Day, ("10:00", "10:30", null, "A."), ("10:30", "11:00", null, "B.")));

        Assert.DoesNotContain(analysis.Findings, f => f.Kind == TimelineFindingKinds.Overlap);
    }

    [Fact]
    public void IdleTimeOfFifteenMinutesIsAGapButFourteenIsNot()
    {
        var analysis = Analyze(Log("UTC", Day, ("10:00", "10:30", null, "A."), ("10:45", "11:00", null, "B."), ("11:14", null, null, "C.")));

        var gap = Assert.Single(analysis.Findings, f => f.Kind == TimelineFindingKinds.Gap);
        Assert.Equal([0, 1], gap.Events);
        Assert.Contains("15 minutes", gap.Message);
    }

    [Fact]
    public void WorkRunningInParallelFillsWhatWouldOtherwiseBeAGap()
    {
        var analysis = Analyze(Log("UTC", Day, ("10:00", "12:00", null, "Long restore."), ("10:05", "10:10", null, "A."), ("11:30", null, null, "B.")));

        Assert.DoesNotContain(analysis.Findings, f => f.Kind == TimelineFindingKinds.Gap);
    }

    [Fact]
    public void KindsAreInferredFromCueWordsButAnAuthorsKindIsNeverReplaced()
    {
        var analysis = Analyze(Points(("10:00", null, "Dead air on the bridge."), ("10:05", EventKind.Diagnosis, "Waited for the vendor."), ("10:10", null, "Rolled back the deploy.")));

        Assert.Equal([EventKind.Waiting, EventKind.Diagnosis, EventKind.Mitigation], analysis.Events.Select(e => e.Kind));
        Assert.Equal([true, false, true], analysis.Events.Select(e => e.KindInferred));
    }

    [Fact]
    public void KeyFiguresAreMeasuredFromImpactStartAndNameTheirEvents()
    {
        var analysis = Analyze(Points(
            ("09:00", EventKind.Impact, "Key rotated."),
            ("09:06", EventKind.Detection, "401-rate alert fires. Felix acknowledges."),
            ("09:43", EventKind.Mitigation, "Signing rolled back."),
            ("10:14", EventKind.Resolution, "401 rate at baseline.")));

        Assert.Equal(new TimelineMetric(TimeSpan.FromMinutes(6), 0, 1), analysis.Metrics.TimeToDetect);
        Assert.Equal(new TimelineMetric(TimeSpan.FromMinutes(6), 0, 1), analysis.Metrics.TimeToAcknowledge);
        Assert.Equal(new TimelineMetric(TimeSpan.FromMinutes(43), 0, 2), analysis.Metrics.TimeToMitigate);
        Assert.Equal(new TimelineMetric(TimeSpan.FromMinutes(74), 0, 3), analysis.Metrics.TimeToResolve);
    }

    [Fact]
    public void AnAuthorsOutageMarkerWinsOverTheFirstEventOfTheKind()
    {
        var analysis = Analyze(Points(("08:00", EventKind.Impact, "Minor blip."), ("09:00", EventKind.Other, "Job switches keys. OUTAGE BEGINS"), ("09:10", EventKind.Detection, "Alert.")));

        Assert.Equal(1, analysis.Milestones.Single(m => m.Milestone == Milestone.ImpactStart).Event);
        Assert.Equal(TimeSpan.FromMinutes(10), analysis.Metrics.TimeToDetect.Value);
    }

    [Fact]
    public void DetectionBeforeImpactStartIsAFindingAndLeavesTheFigureUnknown()
    {
        var analysis = Analyze(Points(("23:05", EventKind.Detection, "Disk alert at 92%."), ("23:20", EventKind.Impact, "Disk full.")));

        Assert.Contains(analysis.Findings, f => f.Kind == TimelineFindingKinds.MilestoneOrder && f.Events.SequenceEqual([1, 0]));
        Assert.Null(analysis.Metrics.TimeToDetect.Value);
    }

    [Fact]
    public void VagueTimesCarryTheirUncertaintyIntoDurations()
    {
        var analysis = Analyze(Log("UTC", Day, ("around 14:30", "15:??", null, "Digging.")));

        var duration = analysis.Events[0].Duration!.Value;
        Assert.Equal(TimeSpan.FromMinutes(60), duration.Estimate);
        Assert.Equal(TimeSpan.FromMinutes(25), duration.Shortest);
        Assert.Equal(TimeSpan.FromMinutes(95), duration.Longest);
    }

    [Fact]
    public void AStatedDurationWithinTheVaguenessOfTheRangeIsNotAMismatch()
    {
        var analysis = Analyze(Log("UTC", Day, ("around 14:30", "15:??", "80 minutes", "Digging.")));

        Assert.DoesNotContain(analysis.Findings, f => f.Kind == TimelineFindingKinds.DurationMismatch);
    }

    [Fact]
    public void AStartWithAStatedDurationButNoEndEndsThatLongAfter()
    {
        var analysis = Analyze(Log("UTC", Day, ("19:00", null, "half an hour", "Status page update.")));

        Assert.True(analysis.Events[0].EndFromStatedDuration);
        Assert.Equal(TimeSpan.FromMinutes(30), analysis.Events[0].Interval!.Value.Duration);
    }

    [Fact]
    public void AnUnreadableTimeKeepsTheEventAndNamesItInAFinding()
    {
        var analysis = Analyze(Log("UTC", Day, ("Thursday morning", null, null, "Noticed the drop."), ("10:00", null, null, "Fixed.")));

        Assert.Equal(2, analysis.Events.Count);
        Assert.Null(analysis.Events[0].Start);
        Assert.Contains("Thursday morning", Assert.Single(analysis.Findings, f => f.Kind == TimelineFindingKinds.UnreadableTime).Message);
    }

    [Fact]
    public void AZoneOnOneEndOfARangeAppliesToBoth()
    {
        var analysis = Analyze(Log("Europe/Berlin", new DateOnly(2025, 3, 5), ("14:31", "14:52 UTC", null, "Rolling restart.")));

        Assert.Equal(TimeSpan.FromMinutes(21), analysis.Events[0].Duration!.Value.Estimate);
    }

    [Fact]
    public void ALocalTimeRepeatedWhenClocksGoBackIsPlacedAfterTheOneBeforeIt()
    {
        var analysis = Analyze(Log("Europe/Berlin", new DateOnly(2025, 10, 26), ("02:50", null, null, "First pass."), ("02:10", null, null, "Clocks went back; second pass.")));

        Assert.True(analysis.Events[1].Start!.Value.Estimate > analysis.Events[0].Start!.Value.Estimate);
        Assert.DoesNotContain(analysis.Findings, f => f.Kind == TimelineFindingKinds.OutOfOrder);
    }

    [Theory]
    [InlineData("02:30", "03:30")]
    [InlineData("02:30:15", "03:30:15")]
    public void ALocalTimeSkippedWhenClocksGoForwardIsPlacedJustAfterTheJump(string written, string placed)
    {
        var analysis = Analyze(Log(
            "Europe/Berlin",
            new DateOnly(2024, 3, 31),
            ("01:50", "03:10", null, "Restarted the brokers."),
            (written, null, null, "Queue drained."),
            ("01:55", null, null, "Earlier the same night.")));

        Assert.Equal(TimeSpan.FromMinutes(20), analysis.Events[0].Duration!.Value.Estimate);
        Assert.Equal(DateTimeOffset.Parse($"2024-03-31T{placed}+02:00", System.Globalization.CultureInfo.InvariantCulture), analysis.Events[1].Start!.Value.Estimate);
        Assert.Equal([1], Assert.Single(analysis.Findings, f => f.Kind == TimelineFindingKinds.SkippedLocalTime).Events);
        Assert.Equal(DateTimeOffset.Parse("2024-03-31T01:55+01:00", System.Globalization.CultureInfo.InvariantCulture), analysis.Events[2].Start!.Value.Estimate);
    }

    [Fact]
    public void TimeSpentPerKindCountsParallelEventsOfOneKindOnce()
    {
        var record = Log("UTC", Day, ("10:00", "11:00", null, "Found nothing in logs."), ("10:30", "11:30", null, "Checked the database."));
        record.Timeline.ForEach(e => e.Kind = EventKind.Diagnosis);

        Assert.Equal(TimeSpan.FromMinutes(90), Analyze(record).PerKind[EventKind.Diagnosis]);
    }

    [Fact]
    public void AnEmptyTimelineGivesAnEmptyAnalysis()
    {
        var analysis = Analyze(new IncidentRecord { Title = "empty" });

        Assert.Empty(analysis.Events);
        Assert.Null(analysis.Span);
        Assert.Empty(analysis.CriticalPath);
    }
}
