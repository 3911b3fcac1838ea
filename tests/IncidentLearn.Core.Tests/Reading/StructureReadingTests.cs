using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Reading.Shapes;

namespace IncidentLearn.Core.Tests.Reading;

/// <summary>Whole reads of the structures the reader recognises beyond Markdown headings, in our own words.</summary>
public sealed class StructureReadingTests
{
    [Fact]
    public void AnEssayWhosePlainLineHeadingsSitBetweenParagraphsReadsAsFourParts()
    {
        const string essay = """
            Tell me about a time a deployment went wrong.
            Last spring I was the release engineer when our nightly invoice batch began failing right after a routine library upgrade.
            The Setback
            The batch crashed on every run with a date-parsing error, and the finance team needed invoices out by nine in the morning.
            My Responsibility
            I had to get the invoices out on time without undoing the upgrade, because it carried a security fix we could not drop.
            Working Around It
            I pinned the old parser for the batch alone, re-ran it against a copy of the data, and compared every total by hand.
            How It Ended
            All invoices went out by eight, and since then every upgrade runs the batch against a copy first.
            """;

        var (record, report) = WriteupReader.Read(essay);

        Assert.Equal(ShapeNames.Narrative, report.Shape);
        Assert.Contains("date-parsing error", record.Star.Situation + record.Star.Task, StringComparison.Ordinal);
        Assert.Contains("pinned the old parser", record.Star.Action, StringComparison.Ordinal);
        Assert.Contains("went out by eight", record.Star.Result, StringComparison.Ordinal);
        Assert.DoesNotContain("star.result", report.Drafted);
    }

    [Fact]
    public void AStatusPageReadsAsALogWithItsIncidentAsTitleAndItsOwnLabelsDropped()
    {
        const string page = """
            Fernhill Status
            Subscribe to updates

            Delayed webhook deliveries for EU customers
            Incident Report for Fernhill

            Resolved - Deliveries are back to normal and the backlog is cleared.
            Apr 9, 15:10 UTC

            Monitoring - A fix is out and we are watching delivery times.
            Apr 9, 14:32 UTC

            Investigating - Webhooks to EU endpoints are arriving late.
            Apr 9, 13:58 UTC

            This incident affected: Webhooks (EU).
            Powered by Statusboard
            """;

        var (record, report) = WriteupReader.Read(page);

        Assert.Equal(ShapeNames.TimeLog, report.Shape);
        Assert.Equal("Delayed webhook deliveries for EU customers", record.Title);
        Assert.Equal(["Apr 9, 13:58 UTC", "Apr 9, 14:32 UTC", "Apr 9, 15:10 UTC"], record.Timeline.Select(e => e.Start));
        Assert.Contains(report.Dropped, d => d.Text.Contains("Powered by", StringComparison.Ordinal));
        Assert.Contains(report.Dropped, d => d.Text.Contains("Incident Report for", StringComparison.Ordinal));
    }

    [Fact]
    public void ALogTitleLeavesItsZoneDeclarationToTheTimes()
    {
        const string log = "Incident log — billing exports stalled (all times UTC)\n\n09:02 export job misses its slot\n09:10 mira restarts the scheduler\n09:14 exports resume\n";

        var (record, _) = WriteupReader.Read(log);

        Assert.Equal("Incident log — billing exports stalled", record.Title);
        Assert.Equal("UTC", record.TimeZone);
        Assert.Equal(3, record.Timeline.Count);
    }

    [Fact]
    public void ClosingHashesAndNumberedHeadingsReadAsTheirSections()
    {
        const string postmortem = "# Queue backlog\n\n## 1. Summary ##\nThe order queue backed up for an hour.\n\n## 2. Impact ##\nAbout 900 orders shipped a day late.\n\n## 3. Root Cause ##\nA consumer deploy halved the worker pool.\n\n## 4. Action Items ##\n- Alert on queue depth\n";

        var (record, _) = WriteupReader.Read(postmortem);

        Assert.Equal("The order queue backed up for an hour.", record.Summary);
        Assert.Equal("About 900 orders shipped a day late.", record.Impact);
        Assert.Equal(["A consumer deploy halved the worker pool."], record.RootCauses);
        Assert.Equal(["Alert on queue depth"], record.ActionItems.Select(a => a.Text));
    }

    [Fact]
    public void ALabelledAnswerWithNothingUnderItsLabelsIsNotSilentlyEmpty()
    {
        var (record, report) = WriteupReader.Read("Situation:\nTask:\nAction:\nResult:\n");

        Assert.Equal(ShapeNames.StarLabels, report.Shape);
        Assert.False(string.IsNullOrWhiteSpace(record.Summary));
        Assert.Contains(report.Warnings, w => w.StartsWith("Little was recognised", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("+++\ntitle = \"Feed outage postmortem\"\naliases = [\"old/feed-outage.html\"]\n\n[extra]\nteam = \"infra\"\n+++\n")]
    [InlineData("---\ntitle: Feed outage postmortem\nlayout: post\naliases: [old/feed-outage.html]\n---\n")]
    public void FrontMatterGivesTheTitleAndNeverReachesTheStory(string frontMatter)
    {
        var text = frontMatter + "\nAt 09:10 UTC the feed stopped updating because its worker ran out of disk.\nI cleared old snapshots and the feed caught up by 09:40 UTC.\nWe now alert on disk use above 80 %.\n";

        var (record, _) = WriteupReader.Read(text);

        Assert.Equal("Feed outage postmortem", record.Title);
        var told = string.Join(" ", record.Summary, record.Star.Situation, record.Star.Task, record.Star.Action, record.Star.Result);
        Assert.DoesNotContain("aliases", told, StringComparison.Ordinal);
        Assert.DoesNotContain("layout", told, StringComparison.Ordinal);
    }
}
