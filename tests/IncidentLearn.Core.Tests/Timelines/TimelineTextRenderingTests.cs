using IncidentLearn.Core.Tests.Snapshots;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Tests.Timelines;

public sealed class TimelineTextRenderingTests
{
    private readonly TimelineAnalysis worked = new TimelineAnalyzer().Analyze(TimelineTestRecords.WorkedExample());

    [Fact]
    public void TheMarkdownTableOfTheWorkedExampleMatchesItsReviewedSnapshot() =>
        Snapshot.MatchBeside("worked-example.table", TimelineMarkdownTable.Write(worked), "md");

    [Fact]
    public void TheMermaidBlockOfTheWorkedExampleMatchesItsReviewedSnapshot() =>
        Snapshot.MatchBeside("worked-example.mermaid", MermaidGanttWriter.Write(worked, "Storage migration: night of 9 March"), "md");

    [Fact]
    public void PipesInEventTextDoNotBreakTheTable()
    {
        var analysis = new TimelineAnalyzer().Analyze(TimelineTestRecords.Log("UTC", new DateOnly(2024, 1, 1), ("10:00", null, null, "grep a|b in logs")));

        Assert.Contains("grep a\\|b in logs", TimelineMarkdownTable.Write(analysis));
    }

    [Fact]
    public void MermaidTaskNamesLoseTheColonsMermaidWouldMisread()
    {
        var analysis = new TimelineAnalyzer().Analyze(TimelineTestRecords.Log("UTC", new DateOnly(2024, 1, 1), ("10:00", "10:20", null, "Decision: roll back; #ops told")));

        var block = MermaidGanttWriter.Write(analysis, "t");

        Assert.Contains("Decision  roll back, №ops told :e0, 2024-01-01T10:00, 20m", block);
    }

    [Fact]
    public void TheTableShowsTimesInTheDisplayZoneWhenAskedTo()
    {
        var table = TimelineMarkdownTable.Write(worked, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));

        Assert.Contains("| 0 | 07:00 | 07:15 | 15 |", table);
    }
}
