using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Reading.Timeline;

namespace IncidentLearn.Core.Tests.Reading.Timeline;

public sealed class TimedBlocksTests
{
    private static List<(string Start, string Text)> Read(string text)
    {
        var lines = SourceDocument.Parse(text).Lines;
        return TimedBlocks.Read(lines, 0, lines.Count).Select(e => (e.Event.Start, e.Event.Text)).ToList();
    }

    [Fact]
    public void BulletsLedByATimeAreEvents()
    {
        var events = Read("- 07:05 UTC – Checkout errors began.\n- 07:12 UTC – On-call paged.\n");

        Assert.Equal([("07:05 UTC", "Checkout errors began."), ("07:12 UTC", "On-call paged.")], events);
    }

    [Fact]
    public void ANicknameAfterAClockStaysInTheEventsText()
    {
        var events = Read("15:04 jsmith finds the bad health-check path\n15:09 jsmith reverts it\n");

        Assert.Equal([("15:04", "jsmith finds the bad health-check path"), ("15:09", "jsmith reverts it")], events);
    }

    [Fact]
    public void ATimeHeadingHeadsTheParagraphsUnderItAndADateHeadingDatesThem()
    {
        var events = Read("## 2024-05-06\n\n### 2:40 AM ###\nThe pick-list printer queue stalls.\n\nNobody notices yet.\n\n### 3:05 AM\nA supervisor calls the on-call engineer.\n");

        Assert.Equal(2, events.Count);
        Assert.Equal("2024-05-06 2:40 AM", events[0].Start);
        Assert.Equal("The pick-list printer queue stalls. Nobody notices yet.", events[0].Text);
        Assert.Equal("2024-05-06 3:05 AM", events[1].Start);
    }

    [Fact]
    public void AStatusPageWrittenNewestFirstWithStampsAfterTheMessagesIsPutInOrder()
    {
        var events = Read("Resolved - Uploads are back to normal.\nJun 2, 10:40 EDT\n\nIdentified - A storage node is failing.\nJun 2, 09:41 EDT\n\nInvestigating - We see upload errors.\nJun 2, 09:15 EDT\n");

        Assert.Equal(
            [("Jun 2, 09:15 EDT", "Investigating - We see upload errors."), ("Jun 2, 09:41 EDT", "Identified - A storage node is failing."), ("Jun 2, 10:40 EDT", "Resolved - Uploads are back to normal.")],
            events);
    }

    [Fact]
    public void AStampThatHeadsAListItemHeadsTheMessageBelowIt()
    {
        var events = Read("- investigating Mar 4, 2024, 02:35 AM UTC\nThe console is down.\n- resolved Mar 4, 2024, 04:10 AM UTC\nThe console is back.\n");

        Assert.Equal(2, events.Count);
        Assert.Equal("investigating: The console is down.", events[0].Text);
        Assert.Equal("resolved: The console is back.", events[1].Text);
    }

    [Fact]
    public void EntriesSeparatedByLineBreakTagsInOneParagraphAreSplit()
    {
        var events = Read("08:05 - Ana starts investigating.<br> 08:40 - She cannot reproduce\nit locally.<br> 09:02 - A user reports the warning.\n");

        Assert.Equal(["Ana starts investigating.", "She cannot reproduce it locally.", "A user reports the warning."], events.Select(e => e.Text));
    }

    [Fact]
    public void ASentenceOpenedByARangeInWordsIsProseNotAnEntry()
    {
        Assert.Empty(Read("Between 16:02 and 17:48 UTC, outbound messages were delayed.\n"));
    }

    [Fact]
    public void ADateOpeningASentenceIsNotAnEntry()
    {
        Assert.Empty(Read("On 2022-05-23 the website was down for most of the morning.\n"));
    }

    [Fact]
    public void TheSourceLinesOfAnEventCoverItsMessageAndItsStamp()
    {
        var lines = SourceDocument.Parse("Title line\n\nInvestigating - We see upload errors.\nJun 2, 09:15 EDT\n\nResolved - Fixed.\nJun 2, 10:40 EDT\n").Lines;

        var events = TimedBlocks.Read(lines, 0, lines.Count);

        Assert.Equal(new SourceSpan(3, 4), events[0].Source);
        Assert.Equal(new SourceSpan(6, 7), events[1].Source);
    }
    [Fact]
    public void APostedStampABlankLineAfterAnUpdateClosesItAndTheStageWordAboveNamesIt()
    {
        var events = Read("Next steps\n\nWe added an alert on leaderless partitions.\n\nPosted Mar 05, 2026 - 10:40 UTC\n\nResolved\n\nDeliveries have caught up.\nPosted Mar 03, 2026 - 15:02 UTC\n");

        Assert.Equal([("Mar 05, 2026 - 10:40 UTC", "We added an alert on leaderless partitions."), ("Mar 03, 2026 - 15:02 UTC", "Resolved: Deliveries have caught up.")], events);
    }

    [Fact]
    public void AStageWordNamesOnlyTheParagraphRightUnderIt()
    {
        var events = Read("Postmortem\n\nThe broker lost its leader.\n\nWe added an alert.\n\nPosted Mar 05, 2026 - 10:40 UTC\n");

        Assert.Equal([("Mar 05, 2026 - 10:40 UTC", "We added an alert.")], events);
    }

    [Fact]
    public void AStampThatHeadsTheMessageBelowIsNotTakenForTheOneAbove()
    {
        var events = Read("Identified Jun 2, 09:40 EDT\nThe cause is a bad cache node.\n\nInvestigating Jun 2, 09:15 EDT\nWe are looking into slow page loads.\n");

        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Start == "Jun 2, 09:15 EDT" && e.Text.Contains("slow page loads", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Start == "Jun 2, 09:40 EDT" && e.Text.Contains("bad cache node", StringComparison.Ordinal));
    }

    [Fact]
    public void ATimeAtTheStartOfAHardWrappedLineContinuesTheSentenceAbove()
    {
        var events = Read("We started the customer-table migration at 21:00 as planned. The copy phase finished at\n22:15, roughly half an hour ahead of schedule, so the cutover began early.\n\nAt 22:31 the first write errors showed up in the order service.\n");

        Assert.DoesNotContain(events, e => e.Text.StartsWith("roughly", StringComparison.Ordinal));
    }

    [Fact]
    public void ALogsEntriesWithoutFullStopsAreStillEntries()
    {
        var events = Read("14:02 Migration applied to the rules database by the release job\n14:09 PM reports old onboarding screens on every device\n14:19 Migration rolled back\n");

        Assert.Equal(["14:02", "14:09", "14:19"], events.Select(e => e.Start));
    }
}
