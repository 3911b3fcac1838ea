using IncidentLearn.Core.Stories;

namespace IncidentLearn.Core.Tests.Stories;

public sealed class StoryFitterTests
{
    public static TheoryData<string> Samples => new(SampleIncidents.Slugs);

    /// <summary>
    /// Samples whose record says enough about what was done for a drafted 2-minute answer to be half action. The
    /// others (global-rate-limit-config-push, lifecycle-rule-deleted-uploads, recommendation-feature-skew) say too
    /// little, and the coach says what to add.
    /// </summary>
    public static TheoryData<string> SamplesWithEnoughAction => new(
        "cdn-cached-private-pages", "dns-records-dropped-by-terraform", "dst-duplicate-partitions", "duplicate-card-charges",
        "jwt-key-rotation-401s", "mobile-release-crash-on-upgrade", "postgres-wal-disk-full", "rabbitmq-memory-alarm");

    [Theory]
    [MemberData(nameof(SamplesWithEnoughAction))]
    public void TheDrafted2MinuteAnswerPassesTheActionShareCheck(string slug)
    {
        var story = SampleCoaching.Story(SampleCoaching.ImportWithoutStar(slug));

        var check = StoryCoach.Coach(story).Checks.Single(c => c.Name == "action-share");
        Assert.True(check.Passed, check.Message);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryAnswerOfEitherLengthCarriesAFigureInItsResult(string slug)
    {
        foreach (var record in new[] { SampleCoaching.Import(slug), SampleCoaching.ImportWithoutStar(slug) })
        {
            var story = SampleCoaching.Story(record);
            Assert.All(story.Versions, v => Assert.DoesNotContain("quantified-result", SampleCoaching.Failing(story, v)));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The2MinuteAnswerTellsAllTheAuthorWroteWhenItFits(string slug)
    {
        var record = SampleCoaching.Import(slug);
        var written = Words.Count(record.Star.Situation) + Words.Count(record.Star.Task) + Words.Count(record.Star.Action) + Words.Count(record.Star.Result);

        var story = SampleCoaching.Story(record);

        if (written <= StoryLength.Full.MaxWords)
        {
            Assert.Empty(story.Full.Trimmed);
            Assert.Equal(written, story.Full.Words);
        }
    }
}
