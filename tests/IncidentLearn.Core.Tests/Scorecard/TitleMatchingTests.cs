using IncidentLearn.Core.Incidents;
using IncidentLearn.Scorecard;

namespace IncidentLearn.Core.Tests.Scorecard;

public sealed class TitleMatchingTests
{
    [Theory]
    [InlineData("Cache fleet outage", "Cache Fleet Outage")]
    [InlineData("Cache fleet outage", "Post-mortem: the cache-fleet outage of May")]
    [InlineData("The outage of the cache fleet", "cache fleet down")]
    public void TitleMatchesWhenMostContentWordsAppearWhateverTheCaseOrPunctuation(string accepted, string read) =>
        Assert.True(Scorer.TitleMatches(accepted, read));

    [Theory]
    [InlineData("Cache fleet outage in Frankfurt", "Cache outage")]
    [InlineData("Cache fleet outage", "Database failover")]
    [InlineData("Cache fleet outage", "")]
    public void TitleDoesNotMatchWhenFewerThanSixtyPercentOfContentWordsAppear(string accepted, string read) =>
        Assert.False(Scorer.TitleMatches(accepted, read));

    [Fact]
    public void AnyOneAcceptedTitleIsEnough()
    {
        var score = ScoredReads.Score(new IncidentRecord { Title = "Cache Fleet Postmortem" }, """{ "title": ["Frankfurt outage", "Cache Fleet Postmortem"] }""");

        Assert.Equal(new FieldCounts(1, 0, 0), score.Fields["title"]);
    }

    [Fact]
    public void AWrongTitleCountsAgainstPrecisionAndRecallButAnEmptyOneOnlyAgainstRecall()
    {
        var wrong = ScoredReads.Score(new IncidentRecord { Title = "Posted by admin" }, """{ "title": ["Cache fleet outage"] }""");
        var empty = ScoredReads.Score(new IncidentRecord { Title = "" }, """{ "title": ["Cache fleet outage"] }""");

        Assert.Equal(new FieldCounts(0, 1, 1), wrong.Fields["title"]);
        Assert.Equal(new FieldCounts(0, 0, 1), empty.Fields["title"]);
        Assert.Contains(wrong.Misses, m => m.Field == "title" && m.Message.Contains("Posted by admin", StringComparison.Ordinal));
    }
}
