using IncidentLearn.Core.Incidents;
using IncidentLearn.Scorecard;

namespace IncidentLearn.Core.Tests.Scorecard;

public sealed class ExpectationLoaderTests
{
    [Fact]
    public void CommentsTrailingCommasAndBothActionItemFormsAreRead()
    {
        var expectation = ExpectationLoader.Parse(
            """
            // written before the reader ran
            {
              "title": ["Cache outage",],
              "events": [{ "time": "3:40 PM", "text": "paged" },],
              "actionItems": ["add an alert", { "text": "raise the limit", "status": "done" }],
              "figures": { "durationMinutes": 51 },
            }
            """,
            "a.expect.json");

        Assert.Equal(["Cache outage"], expectation.Title);
        Assert.Equal(new ExpectedEvent("3:40 PM", "paged"), Assert.Single(expectation.Events!));
        Assert.Equal([new ExpectedActionItem("add an alert"), new ExpectedActionItem("raise the limit", ActionStatus.Done)], expectation.ActionItems);
        Assert.Equal(51, expectation.Figures!.DurationMinutes);
        Assert.Null(expectation.Fields);
    }

    [Theory]
    [InlineData("""{ "title": "one title, not a list" }""", "$.title")]
    [InlineData("""{ "feilds": { } }""", "feilds")]
    [InlineData("""{ "fields": { "rootCause": "x" } }""", "rootCause")]
    [InlineData("""{ "events": [{ "text": "paged" }] }""", "time")]
    [InlineData("""{ "actionItems": [{ "text": "x", "status": "finished" }] }""", "$.actionItems")]
    [InlineData("""{ "title": ["a"] """, "$")]
    public void ABadFileIsAnErrorNamingTheFileAndTheProperty(string json, string property)
    {
        var error = Assert.Throws<ExpectationException>(() => ExpectationLoader.Parse(json, "corpus/bad.expect.json"));

        Assert.StartsWith("corpus/bad.expect.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(property, error.Message, StringComparison.Ordinal);
    }
}
