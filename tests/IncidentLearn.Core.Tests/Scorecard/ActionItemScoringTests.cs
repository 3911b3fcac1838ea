using IncidentLearn.Core.Incidents;
using IncidentLearn.Scorecard;

namespace IncidentLearn.Core.Tests.Scorecard;

public sealed class ActionItemScoringTests
{
    [Fact]
    public void EachExpectedItemTakesOneReadItemAndAStatusMustAgreeWhenGiven()
    {
        var record = new IncidentRecord
        {
            ActionItems =
            [
                new ActionItem { Text = "Add an alert on pool usage", Status = ActionStatus.Open },
                new ActionItem { Text = "Raise the pool size", Status = ActionStatus.Done },
                new ActionItem { Text = "Subscribe to our newsletter" },
            ],
        };

        var score = ScoredReads.Score(record, """{ "actionItems": ["alert on pool usage", { "text": "raise the pool size", "status": "in-progress" }] }""");

        Assert.Equal(new FieldCounts(1, 2, 1), score.Fields["actionItems"]);
        Assert.Contains(score.Misses, m => m.Message.Contains("read with status Done, expected InProgress", StringComparison.Ordinal));
    }
}
