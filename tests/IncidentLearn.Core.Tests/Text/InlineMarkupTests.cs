using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Tests.Text;

public sealed class InlineMarkupTests
{
    [Theory]
    [InlineData("Took **20 minutes** to find", "Took 20 minutes to find")]
    [InlineData("See [the runbook](https://example.test/runbook) first", "See the runbook first")]
    [InlineData("Queries were lost.[42](https://example.test/notes#42)", "Queries were lost.")]
    [InlineData("A leak in the pool[^3] caused it", "A leak in the pool caused it")]
    [InlineData("Details at https://example.test/incident/7 later", "Details at later")]
    [InlineData("- [ ] Add an alert on eviction rate", "Add an alert on eviction rate")]
    [InlineData("The `volatile-ttl` policy", "The volatile-ttl policy")]
    [InlineData("Restarted<br>the pool", "Restarted the pool")]
    [InlineData("keep snake_case_names and 2*3*4 as they are", "keep snake_case_names and 2*3*4 as they are")]
    [InlineData("plain words stay the same", "plain words stay the same")]
    public void MarkupBecomesThePlainWordsAPersonReads(string text, string plain) =>
        Assert.Equal(plain, InlineMarkup.ToPlain(text));
}
