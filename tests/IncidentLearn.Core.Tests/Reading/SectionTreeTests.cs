using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading;

namespace IncidentLearn.Core.Tests.Reading;

/// <summary>Headings nest: what a deeper heading means depends on the heading above it.</summary>
public sealed class SectionTreeTests
{
    private const string Report = """
        # Mailroom postmortem: delayed receipts

        ## Summary
        Receipt e-mails from the shop were held for two hours after a relay password expired.

        ## Timeline (all times UTC)

        ### 2024-11-02
        - 21:10 - The relay rejects logins from the shop.
        - 21:40 - Support reports missing receipts.

        ### 2024-11-03
        - 00:05 - A new password is deployed and the queue drains.

        ## Root cause
        The relay password had a one-year expiry that nobody tracked.

        ### Why nobody noticed
        The relay returned a soft error, so the shop retried quietly.

        ## Action items

        ### Prevention
        - Track relay credentials in the secrets calendar.

        ### Detection
        - Alert when the outgoing queue is older than ten minutes.

        ### Fixes
        None.

        ## Appendix

        ### #mailroom chat
        [9:12 PM] dana: seeing bounces from the relay
        [9:13 PM] lee: on it
        """;

    [Fact]
    public void DateHeadingsUnderTheTimelineDateItsEntriesAndTheAppendixChatStaysOut()
    {
        var record = WriteupReader.Read(Report).Record;

        Assert.Equal(["21:10", "21:40", "00:05"], record.Timeline.Select(e => e.Start[^5..]));
        Assert.StartsWith("2024-11-03", record.Timeline[^1].Start);
    }

    [Fact]
    public void GroupsUnderActionItemsAreTheirTypesNotSectionsOfTheirOwn()
    {
        var record = WriteupReader.Read(Report).Record;

        Assert.Collection(
            record.ActionItems,
            item => Assert.Equal((ActionType?)ActionType.Prevent, item.Type),
            item => Assert.Equal((ActionType?)ActionType.Detect, item.Type));
        Assert.Null(record.Detection);
    }

    [Fact]
    public void ASubheadingThatNamesNoPartContinuesItsParent()
    {
        var record = WriteupReader.Read(Report).Record;

        var cause = string.Join(" ", record.RootCauses);
        Assert.Contains("one-year expiry", cause);
        Assert.Contains("retried quietly", cause);
    }
}
