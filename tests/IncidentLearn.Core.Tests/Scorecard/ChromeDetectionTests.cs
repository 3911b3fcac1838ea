using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Tests.Scorecard;

public sealed class ChromeDetectionTests
{
    [Fact]
    public void ChromeIsFoundInAnyFieldCaseFoldedAndNamedByWhereItSits()
    {
        var record = ScoredReads.WithEvents(("10:00", "fix deployed"), ("10:30", "OLDER   POSTS"));
        record.Sections.Add(new FreeSection { Heading = "Share", Body = "Posted by admin" });

        var score = ScoredReads.Score(record, """{ "chrome": ["Older posts", "Posted by", "Subscribe to our newsletter"] }""");

        Assert.Equal(3, score.ChromeListed);
        Assert.Equal(2, score.ChromeFound);
        Assert.False(score.IsFullMarks);
        Assert.Contains(score.Misses, m => m.Message.Contains("timeline[1].text", StringComparison.Ordinal));
        Assert.Contains(score.Misses, m => m.Message.Contains("sections[0].body", StringComparison.Ordinal));
    }

    [Fact]
    public void ARecordFreeOfChromeScoresZero()
    {
        var record = new IncidentRecord { Title = "Cache outage", Summary = "The cache ran out of memory." };

        var score = ScoredReads.Score(record, """{ "chrome": ["Posted by"] }""");

        Assert.Equal(0, score.ChromeFound);
        Assert.True(score.IsFullMarks);
    }
}
