using IncidentLearn.Core.Stories;

namespace IncidentLearn.Core.Tests.Stories;

public sealed class StarStoryBuilderTests
{
    private static readonly StarStoryBuilder Builder = new(new TemplateSource());

    public static TheoryData<string> Samples => new(SampleIncidents.Slugs);

    [Theory]
    [MemberData(nameof(Samples))]
    public void EverySampleLandsInBothWordRangesAsWrittenAndAsDrafted(string slug)
    {
        foreach (var record in new[] { SampleIncidents.Load(slug), SampleIncidents.LoadWithoutStar(slug) })
        {
            var story = Builder.Build(record);
            Assert.InRange(story.Short.Words, 80, 170);
            Assert.InRange(story.Full.Words, 200, 330);
            Assert.All(StarPartNames.InOrder, part => Assert.NotEmpty(story.Full.PartText(part)));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void TheAuthorsStarSentencesAreUsedWordForWord(string slug)
    {
        var record = SampleIncidents.Load(slug);
        var story = Builder.Build(record);
        foreach (var version in story.Versions)
        {
            Assert.Empty(version.Generated);
            Assert.All(version.Sentences.Where(s => s.Part == "action"), s => Assert.Contains(s.Text, record.Star.Action!));
            Assert.All(version.Sentences.Where(s => s.Part == "result"), s => Assert.Contains(s.Text, record.Star.Result!));
        }
    }

    [Fact]
    public void OnlyThePartsTheAuthorDidNotWriteAreMarkedGenerated()
    {
        var record = SampleIncidents.LoadWithoutStar("postgres-wal-disk-full");
        record.Star.Result = "Checkout was down for 50 minutes and no order was lost.";

        var story = Builder.Build(record);

        Assert.Equal(["situation", "task", "action"], story.Full.Generated);
        Assert.Equal("Checkout was down for 50 minutes and no order was lost.", story.Full.Result);
        Assert.All(story.Full.Sentences.Where(s => s.Part == "result"), s => Assert.False(s.Generated));
    }

    [Fact]
    public void ADraftedActionRetellsTheAuthorsTimelineInTheFirstPerson()
    {
        var story = Builder.Build(SampleIncidents.LoadWithoutStar("postgres-wal-disk-full"));

        Assert.Contains("I grew the data volume from 500 GB to 750 GB", story.Full.Action);
        Assert.Contains("I dropped the slot.", story.Full.Action);
        // "Meanwhile grew the volume" is told together with the wait it happened during.
        Assert.Contains(story.Full.Sentences, s => s.Part == "action" && s.Field == "timeline[3].text,timeline[4].text");
        Assert.StartsWith("As the on-call engineer for the main Postgres database, it was on me", story.Full.Task);
    }

    [Fact]
    public void ADraftedStorySpeaksAsTheRoleInTheRecord()
    {
        var story = Builder.Build(SampleIncidents.LoadWithoutStar("mobile-release-crash-on-upgrade"));

        Assert.StartsWith("As the Android lead,", story.Short.Task);
        Assert.StartsWith("On 9 July 2024,", story.Short.Situation);
    }

    [Fact]
    public void EveryGeneratedSentenceNamesTheFieldItCameFrom()
    {
        var story = Builder.Build(SampleIncidents.LoadWithoutStar("duplicate-card-charges"));

        Assert.All(story.Full.Sentences, s => Assert.Matches(@"^(summary|impact|detection|severity|resolution|rootCauses|timeline|actionItems|followUps|lessons|authorRole|date)", s.Field));
        Assert.Equal(story.Full.Text.Replace("\n\n", " "), string.Join(' ', story.Full.Sentences.Select(s => s.Text)));
    }

    [Fact]
    public void ATemplateFolderOfTheUsersOwnReshapesTheAnswerWithoutCode()
    {
        var folder = Directory.CreateTempSubdirectory("templates-");
        var source = new TemplateSource().Folder;
        foreach (var file in Directory.GetFiles(source, "*.hbs", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.FullName, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(folder.FullName, "star", "short.hbs"), "Result first: {{result}} How: {{action}}");
        var story = new StarStoryBuilder(new TemplateSource(folder.FullName)).Build(SampleIncidents.Load("postgres-wal-disk-full"));

        Assert.StartsWith("Result first: Checkout was down for 50 minutes", story.Short.Text);
        Assert.DoesNotContain(story.Short.Situation, story.Short.Text);
    }

    [Fact]
    public void SecondsFollowTheSpeakingPace()
    {
        var story = Builder.Build(SampleIncidents.Load("postgres-wal-disk-full"));

        Assert.Equal((int)Math.Round(story.Full.Words * 60.0 / 140), story.Full.Seconds);
        Assert.InRange(story.Short.Seconds, 34, 73);
    }
}
