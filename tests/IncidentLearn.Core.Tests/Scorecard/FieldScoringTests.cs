using IncidentLearn.Core.Incidents;
using IncidentLearn.Scorecard;

namespace IncidentLearn.Core.Tests.Scorecard;

public sealed class FieldScoringTests
{
    [Fact]
    public void AFieldHoldingTheExpectedPhraseIsRightWhateverTheCaseAndPunctuation()
    {
        var record = new IncidentRecord { Summary = "The cache fleet RAN OUT of memory; requests failed." };

        var score = ScoredReads.Score(record, """{ "fields": { "summary": "ran out of memory, requests failed" } }""");

        Assert.Equal(new FieldCounts(1, 0, 0), score.Fields["summary"]);
    }

    [Fact]
    public void PhrasesMatchWholeWordsOnly()
    {
        var record = new IncidentRecord { Summary = "The spool filled up." };

        var score = ScoredReads.Score(record, """{ "fields": { "summary": "pool filled" } }""");

        Assert.Equal(new FieldCounts(0, 1, 1), score.Fields["summary"]);
    }

    [Fact]
    public void WrongContentCountsAgainstBothPrecisionAndRecallAndSaysWhatWasRead()
    {
        var record = new IncidentRecord { Impact = "Posted by admin on May 3" };

        var score = ScoredReads.Score(record, """{ "fields": { "impact": "checkout failed for everyone" } }""");

        Assert.Equal(new FieldCounts(0, 1, 1), score.Fields["impact"]);
        var miss = Assert.Single(score.Misses);
        Assert.Equal("impact", miss.Field);
        Assert.Contains("Posted by admin", miss.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFieldFilledThatTheExpectationLeavesOutCountsOnlyAgainstPrecision()
    {
        var record = new IncidentRecord { Trigger = "a deploy", Summary = "checkout failed" };

        var score = ScoredReads.Score(record, """{ "fields": { "summary": "checkout failed" } }""");

        Assert.Equal(new FieldCounts(0, 1, 0), score.Fields["trigger"]);
        Assert.Equal(new FieldCounts(1, 0, 0), score.Fields["summary"]);
    }

    [Fact]
    public void AnExpectedFieldLeftEmptyCountsOnlyAgainstRecall()
    {
        var score = ScoredReads.Score(new IncidentRecord(), """{ "fields": { "resolution": "rolled back" } }""");

        Assert.Equal(new FieldCounts(0, 0, 1), score.Fields["resolution"]);
        Assert.Null(score.Fields["resolution"].Precision);
        Assert.Equal(0, score.Fields["resolution"].Recall);
    }

    [Fact]
    public void DraftedStarPartsDoNotCountAsFilled()
    {
        var record = new IncidentRecord { Star = new StarParts { Situation = "checkout failed", Task = "drafted from the summary" } };

        var notExpected = ScoredReads.Score(record, """{ "fields": { "situation": "checkout failed" } }""", "star-labels", "star.task");
        var expected = ScoredReads.Score(record, """{ "fields": { "situation": "checkout failed", "task": "drafted from the summary" } }""", "star-labels", "star.task");

        Assert.False(notExpected.Fields.ContainsKey("task"));
        Assert.True(notExpected.IsFullMarks);
        Assert.Equal(new FieldCounts(0, 0, 1), expected.Fields["task"]);
    }

    [Fact]
    public void RootCausesAndAllLessonListsAreJoinedBeforeMatching()
    {
        var record = new IncidentRecord
        {
            RootCauses = ["a missing index", "a retry storm"],
            Lessons = new Lessons { WentWell = ["paging worked"], GotLucky = ["it was a quiet day"] },
        };

        var score = ScoredReads.Score(record, """{ "fields": { "rootCauses": "retry storm", "lessons": "quiet day" } }""");

        Assert.Equal(new FieldCounts(1, 0, 0), score.Fields["rootCauses"]);
        Assert.Equal(new FieldCounts(1, 0, 0), score.Fields["lessons"]);
    }
}
