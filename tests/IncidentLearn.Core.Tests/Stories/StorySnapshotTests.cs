using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Questions;
using IncidentLearn.Core.Stories;
using IncidentLearn.Core.Tests.Snapshots;

namespace IncidentLearn.Core.Tests.Stories;

/// <summary>Each sample incident's answer, as written by its author and as drafted from the record alone, read and approved by a person.</summary>
public sealed class StorySnapshotTests
{
    private static readonly TemplateSource Templates = new();
    private static readonly StarAnswerBuilder Answers = new(new StarStoryBuilder(Templates), new QuestionMatcher(QuestionBank.Load()));

    public static TheoryData<string> Samples => new(SampleIncidents.Slugs);

    [Theory]
    [MemberData(nameof(Samples))]
    public void TheAuthorsStoryReadsAsApproved(string slug) => VerifyMarkdown(slug + ".authored", SampleIncidents.Load(slug));

    [Theory]
    [MemberData(nameof(Samples))]
    public void TheStoryDraftedFromTheRecordReadsAsApproved(string slug) => VerifyMarkdown(slug + ".drafted", SampleIncidents.LoadWithoutStar(slug));

    [Fact]
    public void TheJsonAnswerHasTheShapeTheApiPromises()
    {
        var answer = Answers.Build(SampleIncidents.Load("postgres-wal-disk-full"));
        var json = answer.ToJson();

        Assert.Contains("\"prompt\":", json);
        Assert.Contains("\"short\":{\"length\":\"short\",\"situation\":", json);
        Assert.Contains("\"checks\":[{\"name\":\"situation\",\"passed\":true", json);
        Assert.Contains("\"followUps\":[{\"question\":", json);
        Assert.Contains("\"questions\":[{\"questionId\":", json);
        Snapshot.MatchBeside("postgres-wal-disk-full.answer", System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString(new() { WriteIndented = true }), "json");
    }

    private static void VerifyMarkdown(string name, IncidentRecord record)
    {
        var answer = Answers.Build(record);
        Snapshot.MatchBeside(name, StarStoryMarkdown.Render(answer, record.Title, Templates), "md");
    }
}
