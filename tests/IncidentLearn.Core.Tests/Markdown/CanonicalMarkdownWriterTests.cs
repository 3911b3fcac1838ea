using IncidentLearn.Core.CanonicalFormat;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Tests.Markdown;

public class CanonicalMarkdownWriterTests
{
    private static IncidentRecord Titled(Action<IncidentRecord>? fill = null)
    {
        var record = new IncidentRecord { Title = "Disk full on the build agents" };
        fill?.Invoke(record);
        return record;
    }

    private static IncidentRecord RoundTrip(IncidentRecord record)
    {
        var result = CanonicalMarkdown.Read(CanonicalMarkdown.Write(record));
        Assert.Empty(result.Problems);
        return result.Record!;
    }

    [Fact]
    public void AMinimalRecordIsFrontMatterAndTitleOnly()
    {
        var written = CanonicalMarkdown.Write(Titled());

        Assert.Equal("---\ntitle: Disk full on the build agents\nstatus: draft\n---\n\n# Disk full on the build agents\n", written);
    }

    [Fact]
    public void EmptyFieldsLeaveOutTheirKeysAndSections()
    {
        var written = CanonicalMarkdown.Write(Titled(r =>
        {
            r.Summary = "  \n ";
            r.Severity = "";
            r.Tags = ["", "   "];
            r.Star = new StarParts { Task = "\n" };
            r.Lessons = new Lessons { Other = [" "] };
        }));

        Assert.DoesNotContain("severity", written);
        Assert.DoesNotContain("tags", written);
        Assert.DoesNotContain("## Summary", written);
        Assert.DoesNotContain("## STAR", written);
        Assert.DoesNotContain("## Lessons", written);
    }

    [Fact]
    public void EnumsAreWrittenInLowerKebabCase()
    {
        var written = CanonicalMarkdown.Write(Titled(r =>
        {
            r.Status = IncidentStatus.InReview;
            r.Timeline = [new TimelineEvent { Start = "09:00", Kind = EventKind.Acknowledgement, Text = "Paged" }];
            r.ActionItems =
            [
                new ActionItem { Text = "Rotate logs", Type = ActionType.Prevent, Status = ActionStatus.InProgress },
                new ActionItem { Text = "Bigger disks", Type = ActionType.Mitigate, Status = ActionStatus.WontDo },
            ];
        }));

        Assert.Contains("\nstatus: in-review\n", written);
        Assert.Contains("| 09:00 |  |  | acknowledgement |  | Paged |", written);
        Assert.Contains("| Rotate logs |  | prevent | in-progress |  |", written);
        Assert.Contains("| Bigger disks |  | mitigate | wont-do |  |", written);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("123")]
    [InlineData("2025-03-04")]
    [InlineData("0x1F")]
    [InlineData(".inf")]
    [InlineData("a: b")]
    [InlineData("ends with colon:")]
    [InlineData("- looks like a list")]
    [InlineData("#not-a-comment")]
    [InlineData("text #comment")]
    [InlineData("\"quoted\"")]
    [InlineData("'single'")]
    [InlineData("\u00A0non-breaking space first")]
    [InlineData("[flow, list]")]
    [InlineData("{flow: map}")]
    [InlineData("&anchor")]
    [InlineData("*alias")]
    [InlineData("!tag")]
    [InlineData("| literal")]
    [InlineData("> folded")]
    [InlineData("@at")]
    [InlineData("`tick")]
    [InlineData("%percent")]
    [InlineData("two\nlines")]
    [InlineData("tab\there")]
    [InlineData("bell\u0007 and line separator\u2028")]
    public void TextThatYamlWouldMisreadIsQuotedAndSurvives(string severity)
    {
        var record = Titled(r => r.Severity = severity);
        var written = CanonicalMarkdown.Write(record);

        Assert.Contains("\nseverity: \"", written);
        Assert.Equal(severity, RoundTrip(record).Severity);
    }

    [Theory]
    [InlineData("SEV2")]
    [InlineData("Europe/Berlin")]
    [InlineData("On-call engineer for checkout")]
    [InlineData("Tell me about a time you handled a production incident under pressure.")]
    [InlineData("Tomás Ortega")]
    [InlineData("日本語 😀")]
    [InlineData("back\\slash \"and\" quote")]
    public void PlainTextStaysUnquoted(string severity)
    {
        var record = Titled(r => r.Severity = severity);
        var written = CanonicalMarkdown.Write(record);

        Assert.Contains($"\nseverity: {severity}\n", written);
        Assert.Equal(severity, RoundTrip(record).Severity);
    }

    [Fact]
    public void LinesThatLookLikeMarkdownAreEscapedWithOneBackslash()
    {
        var summary = "# not a heading\n- not a list\n1. not numbered\n| not a table\n> not a quote\n```\n---\n~~~\n<div>\n\\ a backslash\nplain";
        var record = Titled(r => r.Summary = summary);

        var written = CanonicalMarkdown.Write(record);

        Assert.Contains("## Summary\n\n\\# not a heading\n\\- not a list\n\\1. not numbered\n\\| not a table\n\\> not a quote\n\\```\n\\---\n\\~~~\n\\<div>\n\\\\ a backslash\nplain\n", written);
        Assert.Equal(summary, RoundTrip(record).Summary);
    }

    [Fact]
    public void TableCellsEscapePipesLineBreaksAndBackslashes()
    {
        var record = Titled(r => r.Timeline = [new TimelineEvent { Start = "14:02", Text = "a | b\nnext line, a literal <br> and C:\\temp\\" }]);

        var written = CanonicalMarkdown.Write(record);

        Assert.Contains("| 14:02 |  |  |  |  | a \\| b<br>next line, a literal \\<br> and C:\\\\temp\\\\ |", written);
        Assert.Equal(record.Timeline[0].Text, RoundTrip(record).Timeline[0].Text);
    }

    [Fact]
    public void ListItemsWithSeveralLinesAreIndentedByTwoSpaces()
    {
        var record = Titled(r => r.RootCauses = ["First line\nsecond line\n\n- a dash after a blank line", "Next cause"]);

        var written = CanonicalMarkdown.Write(record);

        Assert.Contains("## Root causes\n\n- First line\n  second line\n\n  \\- a dash after a blank line\n- Next cause\n", written);
        Assert.Equal(record.RootCauses, RoundTrip(record).RootCauses);
    }

    [Fact]
    public void SourceTextWithBackticksSurvives()
    {
        var source = "Here is code:\n````csharp\nvar x = `y`;\n````\n```\nand ~~~ too\n";
        var record = Titled(r => r.SourceText = source);

        var written = CanonicalMarkdown.Write(record);

        Assert.EndsWith("## Source\n\n`````text\n" + source + "\n`````\n", written);
        Assert.Equal(source, RoundTrip(record).SourceText);
    }

    [Fact]
    public void SourceTextKeepsItsBlankLinesAndIndentation()
    {
        var source = "\n\n    indented\n\ttabbed   \n\n\n## not a heading\n";

        Assert.Equal(source, RoundTrip(Titled(r => r.SourceText = source)).SourceText);
    }

    [Fact]
    public void FreeSectionsKeepTheirHeadings()
    {
        var record = Titled(r => r.Sections =
        [
            new FreeSection { Heading = "Customer communication", Body = "Status page updated." },
            new FreeSection { Heading = "Summary", Body = "Not the summary field." },
            new FreeSection { Heading = "Notes: nested", Body = "Kept." },
            new FreeSection { Heading = "C#", Body = "" },
        ]);

        var written = CanonicalMarkdown.Write(record);
        var read = RoundTrip(record);

        Assert.Contains("## Notes: Customer communication\n\nStatus page updated.\n", written);
        Assert.Contains("## Notes: Summary\n", written);
        Assert.Contains("## Notes: C\\#\n", written);
        Assert.Null(read.Summary);
        Assert.Equal(["Customer communication", "Summary", "Notes: nested", "C#"], read.Sections.Select(s => s.Heading));
        Assert.Equal(["Status page updated.", "Not the summary field.", "Kept.", ""], read.Sections.Select(s => s.Body));
    }

    [Fact]
    public void AFollowUpQuestionWithNoAnswerSurvives()
    {
        var record = Titled(r => r.FollowUps =
        [
            new FollowUp { Question = "What would you automate?" },
            new FollowUp { Question = "Who decided?", Answer = "The incident commander." },
        ]);

        var read = RoundTrip(record);

        Assert.Equal(["What would you automate?", "Who decided?"], read.FollowUps.Select(f => f.Question));
        Assert.Equal([null, "The incident commander."], read.FollowUps.Select(f => f.Answer));
    }

    [Fact]
    public void ATimelineEventWithOnlyAStartSurvives()
    {
        var read = RoundTrip(Titled(r => r.Timeline = [new TimelineEvent { Start = "around 14:30" }]));

        var e = Assert.Single(read.Timeline);
        Assert.Equal(("around 14:30", null, null, null, null, ""), (e.Start, e.End, e.StatedDuration, e.Kind, e.Actor, e.Text));
    }

    [Fact]
    public void MessyTextIsNormalisedOnce()
    {
        var record = Titled(r =>
        {
            r.Title = "  Disk full\r\n on the agents  ";
            r.Summary = "\r\n\r\n  First paragraph.   \r\nStill first.\t\r\n\r\n\r\n\r\nSecond paragraph.\r\n  \r\n";
            r.SourceText = "line one\r\nline two\r";
        });

        var read = RoundTrip(record);

        Assert.Equal("Disk full on the agents", read.Title);
        Assert.Equal("First paragraph.\nStill first.\n\nSecond paragraph.", read.Summary);
        Assert.Equal("line one\nline two\n", read.SourceText);
        Assert.Equal(CanonicalMarkdown.Write(record), CanonicalMarkdown.Write(read));
    }

    [Fact]
    public void EveryKindOfTrickyTextSurvivesFieldByField()
    {
        string[] tricky =
        [
            "Multi-paragraph text.\n\nSecond paragraph with a line\nbreak.",
            "# hash\n## two\n### three\n- dash\n* star\n+ plus\n1. one\n2) two\n| pipe\n> quote\n```\n~~~\n---\n===\n___",
            "pipes | in | the middle and <br> and <BR/> and \\ backslashes \\\\ and \\| escaped",
            "<div>html-looking</div>\n<!-- comment\n<pre>\n<script>alert(1)</script>\n&amp; &lt;",
            "Dashes – — ‑, quotes “curly” ‘single’, ellipsis …",
            "CJK 漢字 日本語, emoji 😀 👩‍💻 🇩🇪, combining e\u0301 n\u0303, RTL שלום مرحبا \u202E reversed",
            "text, then\n    indented four\n\ttabbed\n  two spaces",
            "trailing hashes ##",
        ];
        var record = new IncidentRecord
        {
            Title = "Tricky: text #1 — “quotes” 😀 #",
            Authors = [.. tricky],
            Summary = string.Join("\n\n", tricky),
            RootCauses = [.. tricky],
            Timeline = [.. tricky.Select(t => new TimelineEvent { Start = t, End = t, StatedDuration = t, Actor = t, Text = t })],
            ActionItems = [.. tricky.Select(t => new ActionItem { Text = t, Owner = t })],
            Lessons = new Lessons { WentWell = [.. tricky], Other = [.. tricky] },
            Star = new StarParts { Situation = tricky[1], Result = tricky[5] },
            FollowUps = [.. tricky.Select(t => new FollowUp { Question = t.Split('\n')[0], Answer = t })],
            Questions = [.. tricky],
            Sections = [.. tricky.Select(t => new FreeSection { Heading = t.Split('\n')[0], Body = t })],
            SourceText = string.Join("\n", tricky),
        };

        var read = RoundTrip(record);

        RecordAssert.Equal(record, read);
    }
}
