using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Tests.Text;

public sealed class QuestionTextTests
{
    [Theory]
    [InlineData("Tell me about a time you handled a production incident.", "Tell me about a time you handled a production incident.")]
    [InlineData("**Question 2:** Describe an outage you caused", "Describe an outage you caused")]
    [InlineData("Interview answer – \"Describe an outage you led the response to\"", "Describe an outage you led the response to")]
    [InlineData("\u201cWalk me through a release that went wrong.\u201d", "Walk me through a release that went wrong.")]
    public void ThePromptALineAsksIsFoundWithoutItsLabelOrQuotes(string line, string prompt) =>
        Assert.Equal(prompt, QuestionText.PromptIn(line));

    [Theory]
    [InlineData("Interview answer – \"It was a long night\"")]
    [InlineData("Our checkout failed for 38 minutes.")]
    public void ALineThatAsksNoInterviewQuestionHasNoPrompt(string line) =>
        Assert.Null(QuestionText.PromptIn(line));
}
