using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Reading.Timeline;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Tests.Reading.Timeline;

public sealed class StatedImpactWindowTests
{
    private const string Report = "# Checkout errors\n\n## Impact\n\nBetween 09:12 and 10:03 UTC, card payments failed for every customer.\n\n## Timeline\n\n- 09:20 UTC On-call engineer paged.\n- 09:41 UTC Bad config found.\n\n## Action items\n\n- Validate payment config before deploy\n";

    [Fact]
    public void TheImpactWindowTheTextStatesGivesTheKeyFiguresWhenNoEntrySaysWhenImpactBegan()
    {
        var (record, _) = WriteupReader.Read(Report);
        var report = TimelineReportBuilder.Build(new TimelineAnalyzer().Analyze(record));

        var stated = Assert.Single(record.Timeline, e => e.Kind == EventKind.Impact);
        Assert.StartsWith(StatedImpactWindow.Marker, stated.Text, StringComparison.Ordinal);
        Assert.Equal(51, report.Metrics.TimeToResolve);
        Assert.Contains(report.Milestones, m => m.Milestone == "impact-start" && m.At.Contains("09:12", StringComparison.Ordinal));
        Assert.Contains(report.Milestones, m => m.Milestone == "resolved" && m.At.Contains("10:03", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEntryThatSaysWhenImpactBeganWins()
    {
        var (record, _) = WriteupReader.Read(Report.Replace("- 09:20 UTC On-call engineer paged.", "- 09:10 UTC Impact begins: payments fail.\n- 09:20 UTC On-call engineer paged.", StringComparison.Ordinal));

        Assert.DoesNotContain(record.Timeline, e => e.Text.StartsWith(StatedImpactWindow.Marker, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Maintenance is scheduled between 02:00 and 04:00 UTC on Sunday.")]
    [InlineData("There was no customer impact between 09:12 and 10:03 UTC.")]
    public void APlannedWindowOrOneWithoutImpactIsNotStatedImpact(string sentence)
    {
        var record = new IncidentRecord { Impact = sentence };

        StatedImpactWindow.Apply(record);

        Assert.Empty(record.Timeline);
    }
}
