using IncidentLearn.Core.Stories;

namespace IncidentLearn.Core.Tests.Stories;

public sealed class BackReferenceTests
{
    private static readonly StarStoryBuilder Builder = new(new TemplateSource());

    public static TheoryData<string> Samples => new(SampleIncidents.Slugs);

    private const string Lookup = "I looked up the notifications queue in the management console and counted the messages waiting in it.";
    private const string Meaning = "This meant the backlog had to be shovelled to a lazy queue on another node before the alarm could clear.";

    [Fact]
    public void ASentenceStartingThisMeantIsNeverKeptWithoutTheSentenceBeforeIt()
    {
        // The leaning sentence is the closest to the record's resolution, so it is the one a shorter answer wants most.
        var record = CraftedRecords.Queue(s => (s.Situation, s.Task, s.Action, s.Result) = (CraftedRecords.Situation, CraftedRecords.Task,
            $"I took incident command once the SEV2 was declared. {Lookup} {Meaning} " + CraftedRecords.MineAction, CraftedRecords.ResultWithFigures));

        var story = Builder.Build(record);

        Assert.Contains(Meaning, story.Full.Action);
        Assert.All(story.Versions, v => Assert.True(!v.Action.Contains(Meaning, StringComparison.Ordinal) || v.Action.Contains($"{Lookup} {Meaning}", StringComparison.Ordinal),
            $"The {v.Length} answer keeps \"This meant…\" without what it means: {v.Action}"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void NoAnswerKeepsAnAuthorsLeaningSentenceWithoutTheOneBeforeIt(string slug)
    {
        var record = SampleIncidents.Load(slug);
        var story = Builder.Build(record);
        foreach (var part in StarPartNames.InOrder)
        {
            var written = Sentences.Split(part.WrittenIn(record.Star));
            for (var k = 1; k < written.Count; k++)
            {
                foreach (var version in story.Versions.Where(v => BackReferences.LeansBack(written[k]) && v.PartText(part).Contains(written[k], StringComparison.Ordinal)))
                {
                    Assert.Contains($"{written[k - 1]} {written[k]}", version.PartText(part), StringComparison.Ordinal);
                }
            }
        }
    }

    [Theory]
    [InlineData("This meant every publisher was blocked.", true)]
    [InlineData("It was acknowledged from a phone.", true)]
    [InlineData("Instead I moved the backlog.", true)]
    [InlineData("They’re the receipts.", true)]
    [InlineData("Then I fixed the stale secret.", false)]
    [InlineData("That week I wrote the post-mortem.", false)]
    [InlineData("Thiswise is not a word.", false)]
    [InlineData("The alarm cleared.", false)]
    public void ASentenceLeansBackWhenItsFirstWordPointsAtTheOneBefore(string sentence, bool leans) =>
        Assert.Equal(leans, BackReferences.LeansBack(sentence));
}
