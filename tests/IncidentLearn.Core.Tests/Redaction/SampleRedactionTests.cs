using IncidentLearn.Core.Questions;
using IncidentLearn.Core.Redaction;
using IncidentLearn.Core.Stories;
using IncidentLearn.Core.Tests.Stories;

namespace IncidentLearn.Core.Tests.Redaction;

public sealed class SampleRedactionTests
{
    [Theory]
    [InlineData("cdn-cached-private-pages", new[] { "Mapleview" })]
    [InlineData("duplicate-card-charges", new[] { "Fernhall", "€31,480" })]
    [InlineData("rabbitmq-memory-alarm", new[] { "Dmitri", "Priya", "rmq-2", "rmq-3" })]
    [InlineData("postgres-wal-disk-full", new[] { "Jonas", "pg-main-01" })]
    public void ASampleStoryLeavesTheCompanyWithoutItsNames(string slug, string[] names)
    {
        var record = SampleIncidents.Load(slug);
        var answer = new StarAnswerBuilder(new StarStoryBuilder(new TemplateSource()), new QuestionMatcher(QuestionBank.Load())).Build(record);

        var preview = StoryRedaction.Preview(answer, record);

        Assert.NotEmpty(preview.Changes);
        Assert.All(preview.Texts, t => Assert.All(names, n => Assert.DoesNotContain(n, t.Redacted, StringComparison.OrdinalIgnoreCase)));
    }
}
