using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Reading.Noise;

namespace IncidentLearn.Core.Tests.Reading;

/// <summary>Interview-prep pages: the story is the sample answer; the page's coaching around it is not the candidate's.</summary>
public sealed class InterviewCoachingTests
{
    private const string Answer = "Our search cluster at Fenwick lost a node during the Black Friday sale and queries began timing out. I moved traffic to the standby cluster and rebuilt the index overnight. Search stayed up for the rest of the sale and we added a node-loss drill to the runbook.";

    [Theory]
    [InlineData("Sample answer")]
    [InlineData("✓ Strong Answer")]
    [InlineData("**Example response:**")]
    [InlineData("## Model answer")]
    public void OnAPageOfferingASampleAnswerOnlyTheQuestionAndTheAnswerAreRead(string answerHeading)
    {
        var page = $"Behavioural Interview Guide\n\nTell me about a time you kept a service up under peak load.\n\nWhat interviewers are looking for\n\n- Calm: did you stay methodical?\n- Root cause: did you find it?\n\n{answerHeading}\n\n{Answer}\n\nCommon mistakes to avoid\n\n- ✗ Blaming the outage on another team\n";

        var (record, report) = WriteupReader.Read(page);

        Assert.Equal("Tell me about a time you kept a service up under peak load.", record.Prompt);
        Assert.StartsWith("Search cluster at Fenwick lost a node", record.Title, StringComparison.Ordinal);
        var read = string.Join(" ", record.Star.Situation, record.Star.Action, record.Star.Result, record.Summary);
        Assert.Contains("moved traffic to the standby cluster", read, StringComparison.Ordinal);
        Assert.DoesNotContain("did you find it", read, StringComparison.Ordinal);
        Assert.DoesNotContain("another team", read, StringComparison.Ordinal);
        Assert.Contains(report.Dropped, d => d.Kind == DropKind.Coaching && d.Text.Contains("Blaming the outage", StringComparison.Ordinal));
        Assert.Contains(report.Dropped, d => d.Kind == DropKind.Coaching && d.Text == "Behavioural Interview Guide");
    }

    [Fact]
    public void AQuestionBankAnswerEndsWhereTheNextQuestionBegins()
    {
        var page = $"Question 4\nDifficulty: medium\nDescribe a time you handled an outage under pressure.\nSample answer\n{Answer}\nQuestion 5\nDifficulty: easy\nDescribe a time you disagreed with a teammate.\n";

        var (record, report) = WriteupReader.Read(page);

        Assert.Equal("Describe a time you handled an outage under pressure.", record.Prompt);
        Assert.DoesNotContain("disagreed", string.Join(" ", record.Title, record.Star.Situation, record.Star.Result), StringComparison.Ordinal);
        Assert.Equal(["Question 4", "Difficulty: medium", "Sample answer", "Question 5", "Difficulty: easy", "Describe a time you disagreed with a teammate."], report.Dropped.Select(d => d.Text));
    }

    [Fact]
    public void CoachingPartsBesideALabelledStoryAreDroppedWithWhatTheyHold()
    {
        const string notes = "# Prep notes\n\n## STAR framework reference\n\n- **S** - Situation (2 sentences)\n- **R** - Result (numbers)\n\n## Payment outage\n\n**Situation:** Card payments failed for every customer after a certificate expired.\n\n**Action:** I renewed the certificate and added an expiry alert.\n\n**Result:** Payments recovered within 30 minutes.\n\n## Tips\n\n1. **Be specific**: say what you did.\n";

        var (record, report) = WriteupReader.Read(notes);

        Assert.Equal("Card payments failed for every customer after a certificate expired.", record.Star.Situation);
        Assert.Equal("Payments recovered within 30 minutes.", record.Star.Result);
        Assert.Contains(report.Dropped, d => d.Kind == DropKind.Coaching && d.Text.Contains("Be specific", StringComparison.Ordinal));
        Assert.Contains(report.Dropped, d => d.Kind == DropKind.Coaching && d.Text.Contains("Situation (2 sentences)", StringComparison.Ordinal));
        Assert.DoesNotContain(record.Sections, s => s.Body.Contains("say what you did", StringComparison.Ordinal));
    }

    [Fact]
    public void APostmortemWithATipsSectionKeepsIt()
    {
        const string postmortem = "# Queue backlog\n\n## Summary\n\nThe billing queue backed up for 40 minutes after a consumer deploy.\n\n## Tips\n\nWatch the consumer lag graph after every deploy.\n\n## Action items\n\n- Alert on consumer lag\n";

        var (_, report) = WriteupReader.Read(postmortem);

        Assert.DoesNotContain(report.Dropped, d => d.Kind == DropKind.Coaching);
    }

    [Fact]
    public void TheTitleOfAPageOfInterviewQuestionsIsNotTheStorys()
    {
        const string page = "Top 7 Site Reliability STAR Interview Questions\n1. Tell me about a time you restored a failing service.\nS - Situation\nOur ledger API at Fenwick started returning errors at 2 PM on payday.\nA - Action\nI rolled back the release and drained the retry queue.\nR - Result\nPayments recovered within 15 minutes.\n";

        var (record, report) = WriteupReader.Read(page);

        Assert.Contains(report.Dropped, d => d.Kind == DropKind.Coaching && d.Line == 1);
        Assert.DoesNotContain(record.Sections, s => s.Body.Contains("Interview Questions", StringComparison.Ordinal));
        Assert.Equal("Our ledger API at Fenwick started returning errors at 2 PM on payday.", Assert.Single(record.Timeline).Text);
    }
}
