using FsCheck;
using FsCheck.Fluent;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Timelines;
using static IncidentLearn.Core.Tests.Timelines.TimelineTestRecords;

namespace IncidentLearn.Core.Tests.Timelines;

/// <summary>How parallel work is reported: by pair, by the ranges a new one joins, or as one long stretch.</summary>
public sealed class OverlapFindingTests
{
    private static readonly DateOnly Day = new(2024, 6, 4);

    private static TimelineFinding[] Overlaps(IncidentRecord record) =>
        [.. new TimelineAnalyzer().Analyze(record).Findings.Where(f => f.Kind == TimelineFindingKinds.Overlap)];

    [Fact]
    public void TwoRangesSharingTimeSayForHowLong()
    {
        var overlap = Assert.Single(Overlaps(Log("UTC", Day, ("10:00", "10:40", null, "Rolled back."), ("10:25", "11:00", null, "Paged the DBA."))));

        Assert.Equal([0, 1], overlap.Events);
        Assert.Equal("“Rolled back.” (10:00–10:40) and “Paged the DBA.” (10:25–11:00) run in parallel for 15 minutes.", overlap.Message);
    }

    [Fact]
    public void ARangeStartingWhileTwoRunIsOneFindingNamingBoth()
    {
        var overlaps = Overlaps(Log(
            "UTC",
            Day,
            ("10:00", "11:00", null, "Incident call."),
            ("10:10", "10:50", null, "Rolled back."),
            ("10:20", "10:30", null, "Drained the queue.")));

        Assert.Equal(2, overlaps.Length);
        var joined = overlaps[1];
        Assert.Equal([0, 1, 2], joined.Events);
        Assert.Equal("“Drained the queue.” (10:20–10:30) starts while 2 others are still running: “Incident call.” (10:00–11:00) and “Rolled back.” (10:10–10:50).", joined.Message);
    }

    [Fact]
    public void AFindingNamesThreeOfTheRunningRangesAndCountsTheRest()
    {
        var overlaps = Overlaps(Log(
            "UTC",
            Day,
            ("10:00", "12:00", null, "A."),
            ("10:01", "12:00", null, "B."),
            ("10:02", "12:00", null, "C."),
            ("10:03", "12:00", null, "D."),
            ("10:04", "10:30", null, "E.")));

        var last = overlaps[^1];
        Assert.Equal([0, 1, 2, 3, 4], last.Events);
        Assert.EndsWith("starts while 4 others are still running: “A.” (10:00–12:00), “B.” (10:01–12:00), “C.” (10:02–12:00) and 1 more.", last.Message);
    }

    [Fact]
    public void AStretchOfTwelveRangesIsListedButThirteenIsOneFinding()
    {
        static IncidentRecord Chain(int ranges) => Log(
            "UTC",
            Day,
            [.. Enumerable.Range(0, ranges).Select(i => (Clock(600 + (i * 10)), (string?)Clock(615 + (i * 10)), (string?)null, $"Step {i}."))]);

        Assert.Equal(OverlapSweep.LargestListedStretch - 1, Overlaps(Chain(OverlapSweep.LargestListedStretch)).Length);

        var stretch = Assert.Single(Overlaps(Chain(OverlapSweep.LargestListedStretch + 1)));
        Assert.Equal(Enumerable.Range(0, 13), stretch.Events);
        Assert.StartsWith("13 ranges overlap without a break from “Step 0.” (10:00–10:15) to “Step 12.” (12:00–12:15), up to 2 at once, over 2 hours 15 minutes", stretch.Message);
    }

    [Fact]
    public void StretchesAreJudgedOneByOne()
    {
        // A long parallel stretch, a break, then two ranges that overlap: the pair is still reported as a pair.
        var lines = Enumerable.Range(0, 20).Select(i => (Clock(600 + (i * 5)), (string?)Clock(612 + (i * 5)), (string?)null, $"Busy {i}."))
            .Concat([("14:00", "14:30", null, "Rolled back."), ("14:10", "14:40", null, "Paged the DBA.")]);

        var overlaps = Overlaps(Log("UTC", Day, [.. lines]));

        Assert.Equal(2, overlaps.Length);
        Assert.Equal(20, overlaps[0].Events.Count);
        Assert.Contains("up to 3 at once", overlaps[0].Message);
        Assert.Equal([20, 21], overlaps[1].Events);
    }

    // However the findings are grouped, every two ranges that share time are named together in one of them.
    [Fact]
    public void EveryPairOfRangesThatShareTimeIsCoveredByAFinding()
    {
        var ranges = Gen.Choose(0, 40).SelectMany(step => Gen.Choose(0, 90).Select(length => (step, length))).ArrayOf().Where(a => a.Length < 40);
        Prop.ForAll(ranges.ToArbitrary(), steps =>
        {
            var minute = 600;
            var lines = steps.Select((s, i) =>
            {
                minute += s.step;
                return (Clock(minute), s.length == 0 ? null : Clock(minute + s.length), (string?)null, $"Event {i}.");
            }).ToArray();
            var analysis = new TimelineAnalyzer().Analyze(Log("UTC", Day, lines));
            var overlaps = analysis.Findings.Where(f => f.Kind == TimelineFindingKinds.Overlap).Select(f => f.Events.ToHashSet()).ToList();
            var intervals = analysis.Events.Select(e => e.Interval).ToArray();
            for (var a = 0; a < intervals.Length; a++)
            {
                for (var b = a + 1; b < intervals.Length; b++)
                {
                    if (intervals[a] is { IsInstant: false } x && intervals[b] is { IsInstant: false } y && x.Start < y.End && y.Start < x.End
                        && !overlaps.Any(set => set.Contains(a) && set.Contains(b)))
                    {
                        return false;
                    }
                }
            }

            return overlaps.All(set => set.Count >= 2);
        }).QuickCheckThrowOnFailure();
    }

    private static string Clock(int minute) => $"{minute / 60 % 24:00}:{minute % 60:00}";
}
