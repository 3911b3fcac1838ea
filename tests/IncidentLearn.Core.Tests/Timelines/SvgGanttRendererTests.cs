using System.Xml.Linq;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Tests.Snapshots;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Tests.Timelines;

public sealed class SvgGanttRendererTests
{
    private static string Render(IncidentRecord record, TimeZoneInfo? display = null)
    {
        var analysis = new TimelineAnalyzer().Analyze(record);
        return SvgGanttRenderer.Render(TimelineLayoutBuilder.Build(analysis, display), record.Title);
    }

    [Theory]
    [InlineData("worked-example")]
    [InlineData("postgres-wal-disk-full")]
    [InlineData("dst-duplicate-partitions")]
    [InlineData("approximate-times")]
    public void ChartsOfTheSampleCasesMatchTheirReviewedSnapshots(string name) =>
        Snapshot.MatchBeside(name, Render(TimelineCaseTests.Load(name)), "svg");

    [Fact]
    public void TextThatLooksLikeMarkupIsEscapedAndTheChartIsWellFormed()
    {
        var record = TimelineTestRecords.Log("UTC", new DateOnly(2024, 1, 1), ("10:00", "10:30", null, "<script>alert('x')</script> & \u0001 \"quoted\""));
        record.Title = "A <b>title</b> & more";

        var svg = Render(record);

        var document = XDocument.Parse(svg);
        Assert.DoesNotContain("<script>", svg);
        Assert.Contains("<script>", document.Root!.Value);
    }

    [Fact]
    public void ParallelEventsAreDrawnInSeparateLanesAndMidnightIsMarked()
    {
        var layout = TimelineLayoutBuilder.Build(new TimelineAnalyzer().Analyze(TimelineTestRecords.WorkedExample()));

        Assert.NotEqual(layout.Bars.Single(b => b.Event == 1).Lane, layout.Bars.Single(b => b.Event == 2).Lane);
        Assert.NotEqual(layout.Bars.Single(b => b.Event == 5).Lane, layout.Bars.Single(b => b.Event == 6).Lane);
        var midnight = Assert.Single(layout.DayBoundaries);
        Assert.Equal(120, midnight.X);
        Assert.Equal("Sun 10 Mar", midnight.Label);
        Assert.Equal(285, layout.TotalMinutes);
    }

    [Fact]
    public void EventsWithFindingsAreFlaggedAndMilestonesSitAtTheirInstants()
    {
        var layout = TimelineLayoutBuilder.Build(new TimelineAnalyzer().Analyze(TimelineTestRecords.WorkedExample()));

        Assert.Contains(TimelineFindingKinds.DurationMismatch, layout.Bars.Single(b => b.Event == 3).FindingKinds);
        Assert.False(layout.Bars.Single(b => b.Event == 0).Flagged);
        Assert.Equal(285, layout.Milestones.Single(m => m.Milestone == "resolved").X);
    }

    [Fact]
    public void ShowingAnotherZoneMovesTheMidnightButNotTheBars()
    {
        var analysis = new TimelineAnalyzer().Analyze(TimelineTestRecords.WorkedExample());

        var home = TimelineLayoutBuilder.Build(analysis);
        var tokyo = TimelineLayoutBuilder.Build(analysis, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));

        Assert.Equal(home.Bars.Select(b => (b.X, b.Width)), tokyo.Bars.Select(b => (b.X, b.Width)));
        Assert.Empty(tokyo.DayBoundaries);
        Assert.Equal("07:00", tokyo.Ticks[0].Label);
    }
}
