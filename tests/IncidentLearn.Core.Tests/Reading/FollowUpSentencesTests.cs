using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading;

namespace IncidentLearn.Core.Tests.Reading;

public sealed class FollowUpSentencesTests
{
    private const string Answer = """
        Situation: Our booking API ran out of database connections during a ticket sale.
        Task: I had to restore bookings before the sale window closed.
        Action: I raised the pool limit and restarted the API pods one at a time.
        Result: Bookings recovered within 20 minutes. We made two improvements: a dashboard for pool saturation with an alert at 80 percent. We also added a load test of the sale traffic to the release checklist. We plan to automate the pool sizing. The sale still hit its target.
        """;

    [Fact]
    public void SafeguardsTheResultSaysWerePutInPlaceBecomeActionItemsWithTheirStatus()
    {
        var record = WriteupReader.Read(Answer).Record;

        Assert.Collection(
            record.ActionItems,
            item => { Assert.StartsWith("A dashboard for pool saturation", item.Text); Assert.Equal(ActionStatus.Done, item.Status); },
            item => { Assert.Contains("load test", item.Text); Assert.Equal(ActionStatus.Done, item.Status); },
            item => { Assert.Contains("automate the pool sizing", item.Text); Assert.Equal(ActionStatus.Open, item.Status); });
    }

    [Fact]
    public void AnOutcomeWithNoSafeguardGivesNoActionItems()
    {
        var record = WriteupReader.Read("Situation: A deploy broke search.\nTask: Fix it.\nAction: I rolled back.\nResult: Search worked again within ten minutes and nobody lost data.").Record;

        Assert.Empty(record.ActionItems);
    }
}
