using IncidentLearn.Scorecard;

namespace IncidentLearn.Core.Tests.Scorecard;

public sealed class EventMatchingTests
{
    [Theory]
    [InlineData("3:40 PM", "15:40")]
    [InlineData("3:40 PM", "3:40")]
    [InlineData("15:40", "3:40 p.m.")]
    [InlineData("3:40", "15:40:12")]
    [InlineData("2 PM", "14:00")]
    [InlineData("12:10 AM", "00:10")]
    [InlineData("04:10", "2024-03-01T04:10:00Z")]
    public void ClockDigitsAgreeAcrossTwelveAndTwentyFourHourClocks(string expected, string readStart)
    {
        var score = ScoredReads.Score(ScoredReads.WithEvents((readStart, "on-call paged")), $$"""{ "events": [{ "time": "{{expected}}", "text": "paged" }] }""");

        Assert.Equal(new FieldCounts(1, 0, 0), score.Fields["events"]);
    }

    [Theory]
    [InlineData("3:40 AM", "15:40")]
    [InlineData("3:40 PM", "03:40")]
    [InlineData("15:40", "15:41")]
    [InlineData("14:00", "no time")]
    public void ClockDigitsThatDifferDoNotMatch(string expected, string readStart)
    {
        var score = ScoredReads.Score(ScoredReads.WithEvents((readStart, "on-call paged")), $$"""{ "events": [{ "time": "{{expected}}", "text": "paged" }] }""");

        Assert.Equal(new FieldCounts(0, 1, 1), score.Fields["events"]);
    }

    [Fact]
    public void ADateOnlyExpectationMatchesAnEventWhoseStartContainsTheDate()
    {
        var score = ScoredReads.Score(
            ScoredReads.WithEvents(("2023-11-02", "disk replaced"), ("2023-11-03", "array rebuilt")),
            """{ "events": [{ "time": "2023-11-03", "text": "array rebuilt" }] }""");

        Assert.Equal(new FieldCounts(1, 1, 0), score.Fields["events"]);
    }

    [Fact]
    public void TheEventTextMustHoldTheExpectedWords()
    {
        var score = ScoredReads.Score(ScoredReads.WithEvents(("14:00", "database restarted")), """{ "events": [{ "time": "14:00", "text": "cache flushed" }] }""");

        Assert.Equal(new FieldCounts(0, 1, 1), score.Fields["events"]);
        Assert.Contains(score.Misses, m => m.Message.Contains("at that time the reader has \"database restarted\"", StringComparison.Ordinal));
        Assert.Contains(score.Misses, m => m.Message.StartsWith("extra event read: 14:00", StringComparison.Ordinal));
    }

    [Fact]
    public void EventsArePairedOneToOneInAnyOrder()
    {
        // The first expectation could take either read event; pairing must leave the second one for the second.
        var score = ScoredReads.Score(
            ScoredReads.WithEvents(("10:05", "rollback finished"), ("10:05", "rollback started")),
            """{ "events": [{ "time": "10:05", "text": "rollback" }, { "time": "10:05", "text": "rollback finished" }] }""");

        Assert.Equal(new FieldCounts(2, 0, 0), score.Fields["events"]);
    }

    [Fact]
    public void OneReadEventCannotSatisfyTwoExpectedEvents()
    {
        var score = ScoredReads.Score(
            ScoredReads.WithEvents(("10:05", "rollback started and finished")),
            """{ "events": [{ "time": "10:05", "text": "rollback started" }, { "time": "10:05", "text": "rollback finished" }] }""");

        Assert.Equal(new FieldCounts(1, 0, 1), score.Fields["events"]);
    }

    [Fact]
    public void ExtraEventsLowerPrecisionAndMissedOnesLowerRecall()
    {
        var score = ScoredReads.Score(
            ScoredReads.WithEvents(("09:00", "alert fired"), ("09:10", "Posted by admin"), ("09:20", "Older posts")),
            """{ "events": [{ "time": "09:00", "text": "alert fired" }, { "time": "09:30", "text": "fix deployed" }] }""");

        var events = score.Fields["events"];
        Assert.Equal(new FieldCounts(1, 2, 1), events);
        Assert.Equal(1.0 / 3, events.Precision);
        Assert.Equal(0.5, events.Recall);
    }

    [Fact]
    public void NoEventsExpectedAndNoneReadIsFullMarks()
    {
        var score = ScoredReads.Score(ScoredReads.WithEvents(), """{ "events": [] }""");

        Assert.Equal(new FieldCounts(1, 0, 0), score.Fields["events"]);
    }

    [Fact]
    public void EventsAreNotScoredWhenTheExpectationLeavesThemOut()
    {
        var score = ScoredReads.Score(ScoredReads.WithEvents(("09:00", "alert fired")), """{ "title": ["t"] }""");

        Assert.False(score.Fields.ContainsKey("events"));
    }
}
