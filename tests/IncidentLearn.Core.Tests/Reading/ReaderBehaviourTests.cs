using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Reading.Analysis;

namespace IncidentLearn.Core.Tests.Reading;

/// <summary>Behaviour a user would notice, one short input each.</summary>
public sealed class ReaderBehaviourTests
{
    [Theory]
    [InlineData("S \u2013 Situation: the queue backed up.\nT \u2013 Task: drain it.\nA \u2013 Action: I moved the bad message.\nR \u2013 Result: drained in 35 minutes.")]
    [InlineData("Situation: the queue backed up.\nTask: drain it.\nAction: I moved the bad message.\nResult: drained in 35 minutes.")]
    [InlineData("**Situation**\nthe queue backed up.\n\n**Task**\ndrain it.\n\n**Action**\nI moved the bad message.\n\n**Result**\ndrained in 35 minutes.")]
    [InlineData("S) the queue backed up.\nT) drain it.\nA) I moved the bad message.\nR) drained in 35 minutes.")]
    [InlineData("Situation (2 sentences): the queue backed up.\nTask (1 sentence): drain it.\nAction (3-4 sentences): I moved the bad message.\nResult (with numbers) - drained in 35 minutes.")]
    [InlineData("## Situation\nthe queue backed up.\n## Task\ndrain it.\n## Action\nI moved the bad message.\n## Result\ndrained in 35 minutes.")]
    [InlineData("S - SITUATION - the queue backed up.\r\nT - TASK - drain it.\r\nA \u2014 ACTION \u2014 I moved the bad message.\r\nR - RESULT - drained in 35 minutes.")]
    public void StarLabelsInEveryStyleKeepTheAuthorsWords(string text)
    {
        var star = WriteupReader.Read(text).Record.Star;
        Assert.Equal("the queue backed up.", star.Situation);
        Assert.Equal("drain it.", star.Task);
        Assert.Equal("I moved the bad message.", star.Action);
        Assert.Equal("drained in 35 minutes.", star.Result);
    }

    [Fact]
    public void WebChromeIsDroppedAndListed()
    {
        var result = WriteupReader.Read("Situation: the API failed.\nTask: fix it.\nAction: rolled back.\nResult: fine.\n\nShare this article\n0 comments\nSign in to comment\n\u00A9 2025 Ops Weekly");

        Assert.Equal([6, 7, 8, 9], result.Report.Dropped.Select(d => d.Line));
        Assert.All(result.Report.Dropped, d => Assert.False(string.IsNullOrWhiteSpace(d.Reason)));
        Assert.DoesNotContain("comment", result.Record.Star.Result, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ALineRepeatedVerbatimIsDroppedNamingTheFirst()
    {
        var result = WriteupReader.Read("Why did the deploy fail?\nWhy did the deploy fail?\n- Situation: x happened today.\n- Challenge: y broke.\n- Outcome: z recovered.");
        var dropped = Assert.Single(result.Report.Dropped);
        Assert.Equal(2, dropped.Line);
        Assert.Contains("line 1", dropped.Reason, StringComparison.Ordinal);
        Assert.Equal(["Why did the deploy fail?"], result.Record.Questions);
    }

    [Fact]
    public void AChromeLookingLineWithIncidentFiguresIsKeptWithAWarning()
    {
        var result = WriteupReader.Read("Situation: a.\nTask: b.\nAction: c.\nResult: d.\n\nFollow up: 40% of requests failed at 02:10\n");
        Assert.DoesNotContain(result.Report.Dropped, d => d.Line == 6);
    }

    [Fact]
    public void OverlappingRangesAreKeptAsSeparateEvents()
    {
        var record = WriteupReader.Read("Night log.\n22:00\u201322:40 (40 minutes): Copied data.\n22:30\u201323:00 (30 minutes): Took snapshots.\n23:00\u201323:10 (10 minutes): Done.").Record;
        Assert.Equal(["22:00", "22:30", "23:00"], record.Timeline.Select(e => e.Start));
        Assert.Equal("22:40", record.Timeline[0].End);
    }

    [Fact]
    public void StatedDurationIsKeptAsWrittenEvenWhenItDisagrees()
    {
        var analysis = AnalysisBuilder.Analyze("Log.\n00:40\u201300:55 (25 minutes): Checked.\n00:55\u201301:30 (1 hour and 15 minutes): Waiting on the vendor.\n01:30\u201301:40 (10 minutes): Done.");
        var events = analysis.Timeline.Events;
        Assert.Equal("25 minutes", events[0].Raw.StatedDuration);
        Assert.Equal(15, events[0].Minutes);
        Assert.Equal(75, events[1].StatedMinutes);
        Assert.Equal("waiting", events[1].Kind);
        Assert.Contains(analysis.Timeline.Findings, f => f.Kind == "duration-mismatch" && f.Events.SequenceEqual([0]));
    }

    [Fact]
    public void BlogFooterAfterTheLogIsNotAnEvent()
    {
        var result = WriteupReader.Read("Log.\n10:00-10:10 (10 minutes): a.\n10:10-10:20 (10 minutes): b.\n10:20-10:30 (10 minutes): c.\n\nNo comments:\nPost a Comment\nMy Favourite Keyboards Reviewed\nNewer Post Older Post Home");
        Assert.Equal(3, result.Record.Timeline.Count);
        Assert.Contains(result.Report.Dropped, d => d.Text == "My Favourite Keyboards Reviewed");
    }

    [Fact]
    public void ChatLinesNameTheirActorsAndMidnightIsReported()
    {
        var result = WriteupReader.Read("[23:52] ana: disk full\n[23:58] bo: clearing logs\n[00:03] ana: recovered\n\nWhat I did: I cleared the logs.\nResult: back in 11 minutes.");
        Assert.Equal(["ana", "bo", "ana"], result.Record.Timeline.Select(e => e.Actor));
        Assert.Equal("I cleared the logs.", result.Record.Star.Action);
        Assert.Contains(result.Report.Warnings, w => w.Contains("midnight", StringComparison.Ordinal));
    }

    [Fact]
    public void AOneLineChatWithFullNamesKeepsTheWholeName()
    {
        var result = WriteupReader.Read("[11:52 PM] Priya Raman: checkout p99 at 4 s\n[11:54 PM] Tom Becker: ack, looking\n[11:58 PM] Priya Raman: rolling back now\n[11:59 PM] tom looked at the pool");

        Assert.Equal(["Priya Raman", "Tom Becker", "Priya Raman", "tom"], result.Record.Timeline.Select(e => e.Actor));
        Assert.Equal("rolling back now", result.Record.Timeline[2].Text);
        Assert.Equal("looked at the pool", result.Record.Timeline[3].Text);
    }

    [Fact]
    public void DraftedStarPartsAreMarkedAndNeverOverwriteTheAuthors()
    {
        var result = WriteupReader.Read("## Summary\nThe API failed.\n## Impact\nAll users.\n## Resolution\nRolled back.\n## Root Causes\nA bad config.\n## Situation\nMy own words.");
        Assert.Equal("My own words.", result.Record.Star.Situation);
        Assert.DoesNotContain("star.situation", result.Report.Drafted);
        Assert.Equal("Rolled back.", result.Record.Star.Action);
        Assert.Contains("star.result", result.Report.Drafted);
        Assert.Contains(result.Report.Warnings, w => w.StartsWith("The result was drafted", StringComparison.Ordinal));
    }

    [Fact]
    public void PlainTextStillGivesARecordAndAWarning()
    {
        var result = WriteupReader.Read("The printer queue jammed after an update. We restarted it.");
        Assert.Equal("The printer queue jammed after an update", result.Record.Title);
        Assert.Contains(result.Report.Warnings, w => w.Contains("No structure", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSourceIsKeptVerbatim()
    {
        const string text = "\uFEFFS \u2013 Situation: caf\u00E9\r\n\tT: x\r\n";
        Assert.Equal(text, WriteupReader.Read(text).Record.SourceText);
    }

    [Fact]
    public void TheContractSerialisesCamelCaseWithNullPrompt()
    {
        var json = AnalysisJson.Serialize(AnalysisBuilder.Analyze("Situation: a.\nTask: b.\nAction: c.\nResult: d."));
        foreach (var key in new[] { "\"shape\"", "\"prompt\": null", "\"star\"", "\"rootCauses\"", "\"timeline\"", "\"events\"", "\"findings\"", "\"actionItems\"", "\"wentWell\"", "\"followUps\"", "\"questions\"", "\"numbers\"", "\"dropped\"", "\"warnings\"" })
        {
            Assert.Contains(key, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheAnalysisTimelineCarriesTheTimelineFindings()
    {
        var analysis = AnalysisBuilder.Analyze("[23:58] a: disk at 97%\n[00:01] b: paging storage\n[00:02] a: grew the volume");

        Assert.Equal(3, analysis.Timeline.Events.Count);
        Assert.Contains(analysis.Timeline.Findings, f => f.Kind == "day-rollover" && f.Events.SequenceEqual([0, 1]));
    }

    [Fact]
    public void AStoryWrittenAsOneLongLineIsStillAStory()
    {
        const string story = "I once rewrote the export job for our reporting service. I tested the happy path and shipped it on a Friday. The job wrote every report twice, and customers noticed before we did. I rolled it back within the hour and we added a duplicate check.";

        var result = WriteupReader.Read(story);

        Assert.Equal("narrative", result.Report.Shape);
    }

    [Fact]
    public void APromptAfterAPrepPagesMetadataIsStillThePrompt()
    {
        const string page = "Question 4\nDifficulty: hard\nTell me about a time you took down production.\nSample answer\nAt my last job I pushed a schema change that locked the orders table for twenty minutes. I noticed the queue growing, killed the migration and restored service. We now run large migrations in batches.";

        var (record, report) = WriteupReader.Read(page);

        Assert.Equal("narrative", report.Shape);
        Assert.Equal("Tell me about a time you took down production.", record.Prompt);
    }

    [Fact]
    public void AReportInProseWithNoHeadingsIsReadAsAStoryWithItsOpeningAsSummary()
    {
        const string report = "The billing service experienced an outage on 4 March that lasted most of the afternoon. Invoices were not sent and the customer portal was unavailable.\n\nThe outage was caused by a certificate that expired on the payment gateway. Requests failed until the certificate was renewed.\n\nService was restored at 17:20 and every delayed invoice went out that evening.";

        var (record, report2) = WriteupReader.Read(report);

        Assert.Equal("narrative", report2.Shape);
        Assert.StartsWith("The billing service experienced an outage", record.Summary);
    }

    [Fact]
    public void AYesOrNoQuestionHeadingStaysWithItsAnswer()
    {
        const string report = "# Wiki outage\n\n## What happened?\nThe wiki host lost its disk for an hour.\n\n## Timeline\n- 10:00 Disk fails\n- 10:20 Host paged\n- 11:00 Disk replaced\n\n## Were customers affected?\nNo. The wiki is internal.\n";

        var record = WriteupReader.Read(report).Record;

        Assert.Equal("Were customers affected?\nNo. The wiki is internal.", record.Impact);
    }

    [Fact]
    public void TheZoneMostStampsCarryIsTheRecordsZone()
    {
        const string page = "Parcel tracking delayed\n\nResolved - Tracking updates are flowing again.\nJun 3, 11:40 EDT\n\nIdentified - A queue consumer stalled after a deploy.\nJun 3, 10:55 EDT\n\nInvestigating - Tracking pages show stale positions.\nJun 3, 10:20 EDT\n";

        var record = WriteupReader.Read(page).Record;

        Assert.Equal("EDT", record.TimeZone);
    }

    [Fact]
    public void AZoneDeclarationWrappedOntoTheNextLineIsStillRead()
    {
        var text = "Search index outage\n\nTimeline. Unless otherwise noted all events are in\nUTC.\n\n- 09:12 indexer stops consuming\n- 09:40 indexer restarted\n- 10:05 lag back to zero\n";

        Assert.Equal("UTC", WriteupReader.Read(text).Record.TimeZone);
    }
}
