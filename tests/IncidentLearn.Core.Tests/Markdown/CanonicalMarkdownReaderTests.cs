using IncidentLearn.Core.CanonicalFormat;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Tests.Markdown;

public class CanonicalMarkdownReaderTests
{
    private static MarkdownProblem SingleProblem(string text)
    {
        var result = CanonicalMarkdown.Read(text);
        Assert.Null(result.Record);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Problems);
    }

    private static IncidentRecord ReadWithoutProblems(string text)
    {
        var result = CanonicalMarkdown.Read(text);
        Assert.Empty(result.Problems);
        return result.Record!;
    }

    [Fact]
    public void MalformedFrontMatterIsReportedWithItsLine()
    {
        var problem = SingleProblem("---\ntitle: Fine\nseverity: [SEV2\nstatus: draft\n---\n");

        Assert.Equal("frontMatter", problem.Field);
        Assert.InRange(problem.Line ?? 0, 3, 4);
    }

    [Fact]
    public void FrontMatterThatIsNeverClosedIsAProblem()
    {
        var problem = SingleProblem("---\ntitle: Open ended\n\n# Open ended\n");

        Assert.Equal(("frontMatter", 1), (problem.Field, problem.Line));
    }

    [Fact]
    public void AWrongDateNamesTheFieldAndItsLine()
    {
        var problem = SingleProblem("---\ntitle: T\ndate: tomorrow\n---\n");

        Assert.Equal(("date", 3), (problem.Field, problem.Line));
        Assert.Contains("tomorrow", problem.Message);
    }

    [Fact]
    public void AnUnknownStatusNamesTheFieldAndTheAllowedWords()
    {
        var problem = SingleProblem("---\ntitle: T\nstatus: done-ish\n---\n");

        Assert.Equal(("status", 3), (problem.Field, problem.Line));
        Assert.Contains("draft, in-review, published", problem.Message);
    }

    [Fact]
    public void ABadGuidNamesTheField()
    {
        Assert.Equal("id", SingleProblem("---\nid: 12\ntitle: T\n---\n").Field);
    }

    [Fact]
    public void AnUnknownFrontMatterKeyIsAProblemRatherThanSilentlyDropped()
    {
        var problem = SingleProblem("---\ntitel: Typo\ntitle: T\n---\n");

        Assert.Equal(("titel", 2), (problem.Field, problem.Line));
    }

    [Fact]
    public void AMissingTitleIsAProblem()
    {
        var problem = SingleProblem("---\nseverity: SEV1\n---\n\n## Summary\n\nNo title anywhere.\n");

        Assert.Equal("title", problem.Field);
    }

    [Fact]
    public void TheHeadingGivesTheTitleWhenTheFrontMatterHasNone()
    {
        var record = ReadWithoutProblems("---\nseverity: SEV1\n---\n\n# Queue backlog on Monday\n\n## Summary\n\nIt backed up.\n");

        Assert.Equal("Queue backlog on Monday", record.Title);
    }

    [Fact]
    public void TheFrontMatterTitleWinsOverTheHeading()
    {
        Assert.Equal("From the key", ReadWithoutProblems("---\ntitle: From the key\n---\n\n# From the heading\n").Title);
    }

    [Fact]
    public void AFileWithoutFrontMatterCanStillBeRead()
    {
        var record = ReadWithoutProblems("# Just a heading\n\n## Impact\n\nNone.\n");

        Assert.Equal(("Just a heading", "None.", IncidentStatus.Draft), (record.Title, record.Impact, record.Status));
    }

    [Fact]
    public void AnUnknownEventKindNamesTheField()
    {
        var problem = SingleProblem("""
            ---
            title: T
            ---

            ## Timeline

            | Start | End | Stated duration | Kind | Actor | Event |
            |---|---|---|---|---|---|
            | 14:02 |  |  | impact |  | One |
            | 14:03 |  |  | detection |  | Two |
            | 14:04 |  |  | panic |  | Three |

            """);

        Assert.Equal(("timeline[2].kind", 11), (problem.Field, problem.Line));
        Assert.Contains("panic", problem.Message);
    }

    [Fact]
    public void BadActionItemValuesNameTheirFields()
    {
        var result = CanonicalMarkdown.Read("""
            ---
            title: T
            ---

            ## Action items

            | Action | Owner | Type | Status | Due |
            |---|---|---|---|---|
            | Fix it | Ana | repair | open | 2025-13-01 |
            | Test it | Ben | detect | maybe |  |

            """);

        Assert.Null(result.Record);
        Assert.Equal(["actionItems[0].type", "actionItems[0].due", "actionItems[1].status"], result.Problems.Select(p => p.Field));
        Assert.Equal([9, 9, 10], result.Problems.Select(p => p.Line ?? 0));
    }

    [Fact]
    public void ARowWithAnUnescapedPipeIsAProblem()
    {
        var problem = SingleProblem("---\ntitle: T\n---\n\n## Timeline\n\n| Start | Event |\n|---|---|\n| 14:02 | a | b |\n");

        Assert.Equal(("timeline[0]", 9), (problem.Field, problem.Line));
    }

    [Fact]
    public void HandEditedFilesAreReadLeniently()
    {
        var text = "\uFEFF---\r\ntitle:   Hand edited   \r\nstatus: In Review\r\nauthors: Ana\r\n---\r\n\r\n\r\n# Hand edited\r\n\r\n" +
            "## SUMMARY\r\n\r\n\r\nFirst line.   \r\n\r\n\r\n## root  causes\r\n* One\r\n* Two\r\n  continued\r\n\r\n" +
            "## timeline\r\n|Start|  Event  |kind|\r\n|:--|--|--|\r\n|  14:02  |   Started   |  Mitigation |\r\n| 14:09 |  |  |\r\n\r\n" +
            "## Postmortem meeting\r\n\r\nHeld on Friday.\r\n";

        var record = ReadWithoutProblems(text);

        Assert.Equal("Hand edited", record.Title);
        Assert.Equal(IncidentStatus.InReview, record.Status);
        Assert.Equal(["Ana"], record.Authors);
        Assert.Equal("First line.", record.Summary);
        Assert.Equal(["One", "Two\ncontinued"], record.RootCauses);
        Assert.Equal(2, record.Timeline.Count);
        Assert.Equal(("14:02", "Started", EventKind.Mitigation), (record.Timeline[0].Start, record.Timeline[0].Text, record.Timeline[0].Kind));
        Assert.Equal(("14:09", "", null, null), (record.Timeline[1].Start, record.Timeline[1].Text, record.Timeline[1].Kind, record.Timeline[1].End));
        var section = Assert.Single(record.Sections);
        Assert.Equal(("Postmortem meeting", "Held on Friday."), (section.Heading, section.Body));
    }

    [Fact]
    public void AHandEditedFileSettlesAfterOneExport()
    {
        var text = "---\ntitle: T\n---\n\n## Summary\n### A sub-heading\ntext  \n\n\n\nmore\n\n## Questions\n\n1. First?\n2. Second?\n";

        var once = CanonicalMarkdown.Write(ReadWithoutProblems(text));
        var twice = CanonicalMarkdown.Write(ReadWithoutProblems(once));

        Assert.Equal(once, twice);
        Assert.Contains("\\### A sub-heading\ntext\n\nmore", once);
        Assert.Contains("- First?\n- Second?", once);
    }

    [Fact]
    public void TextBeforeTheFirstSectionBecomesTheSummary()
    {
        Assert.Equal("An intro.", ReadWithoutProblems("---\ntitle: T\n---\n\n# T\n\nAn intro.\n\n## Impact\n\nSome.\n").Summary);
    }

    [Fact]
    public void FollowUpQuestionsWrittenAsAListHaveNoAnswers()
    {
        var record = ReadWithoutProblems("---\ntitle: T\n---\n\n## Follow-up questions\n\n- Why then?\n- Why there?\n");

        Assert.Equal(["Why then?", "Why there?"], record.FollowUps.Select(f => f.Question));
        Assert.All(record.FollowUps, f => Assert.Null(f.Answer));
    }

    [Fact]
    public void AnUnknownLessonHeadingIsAProblem()
    {
        var problem = SingleProblem("---\ntitle: T\n---\n\n## Lessons learned\n\n### What went sideways\n\n- Something\n");

        Assert.Equal(("lessons", 7), (problem.Field, problem.Line));
    }

    [Fact]
    public void ASectionThatAppearsTwiceIsAProblem()
    {
        var problem = SingleProblem("---\ntitle: T\n---\n\n## Impact\n\nOne.\n\n## impact\n\nTwo.\n");

        Assert.Equal(("impact", 9), (problem.Field, problem.Line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("---")]
    [InlineData("---\n---")]
    [InlineData("---\n- a\n- b\n---\n# T")]
    [InlineData("---\ntitle: x\ntitle: y\n---\n")]
    [InlineData("---\n: :\n---\n")]
    [InlineData("## Source\n\n```")]
    [InlineData("# T\n\n## Timeline\n\n|")]
    [InlineData("# T\n\n## Timeline\n\n| a |\n| --- |\n")]
    [InlineData("\r\r\r# \\#\r## Notes:")]
    public void OddInputGivesProblemsNotExceptions(string text)
    {
        var result = CanonicalMarkdown.Read(text);

        Assert.DoesNotContain(result.Problems, p => p.Field == CanonicalMarkdown.InternalErrorField);
        Assert.Equal(result.Record is not null, result.Problems.Count == 0);
    }

    [Fact]
    public void NullInputIsReadAsAnEmptyFile()
    {
        Assert.Equal("title", Assert.Single(CanonicalMarkdown.Read(null!).Problems).Field);
    }
}
