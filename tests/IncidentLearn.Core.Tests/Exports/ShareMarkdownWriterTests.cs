using IncidentLearn.Core.Exports;
using IncidentLearn.Core.Tests.Reports;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace IncidentLearn.Core.Tests.Exports;

public sealed class ShareMarkdownWriterTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Fact]
    public void TheShareVariantTellsTheWholeStoryWithAMermaidGanttAndFindings()
    {
        var model = ReportSamples.Builder.Build(ReportSamples.Load("postgres-wal-disk-full"));
        var markdown = ShareMarkdownWriter.Write(model);
        File.WriteAllText(Path.Combine(ReportSamples.OutputFolder(), "postgres-wal-disk-full.share.md"), markdown);

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var headings = document.Descendants<HeadingBlock>().Select(h => Markdig.Markdown.ToPlainText(h.Inline is null ? "" : markdown.Substring(h.Span.Start, h.Span.Length)).Trim().TrimStart('#').Trim()).ToList();
        Assert.Equal("Postgres primary out of disk from WAL held by an orphaned replication slot", headings[0]);
        Assert.Contains("STAR story", headings);
        Assert.Contains("Timeline", headings);
        Assert.Contains("Findings", headings);
        Assert.Contains("Lessons", headings);
        var mermaid = Assert.Single(document.Descendants<FencedCodeBlock>(), b => b.Info == "mermaid");
        Assert.StartsWith("gantt", mermaid.Lines.ToString().Trim(), StringComparison.Ordinal);
        var timelineTable = document.Descendants<Table>().First(t => t.Count == model.Timeline.Rows.Count + 1);
        Assert.Equal(7, ((TableRow)timelineTable[0]).Count);
        Assert.Contains("**overlap** (events 1, 2)", markdown);
        var figures = document.Descendants<Table>().First();
        Assert.Equal(2, figures.Count);
        Assert.Contains("| 50 min |", markdown);
    }

    [Fact]
    public void PipesAngleBracketsAndHeadingMarksInTheRecordCannotBreakTheLayout()
    {
        var record = ReportSamples.Load("duplicate-card-charges");
        record.ActionItems[0].Text = "Split | the <script>alert(1)</script> table";
        record.RootCauses = ["# not a heading", "- not a nested list"];
        var markdown = ShareMarkdownWriter.Write(ReportSamples.Builder.Build(record));

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var actions = document.Descendants<Table>().Last();
        Assert.Equal(record.ActionItems.Count + 1, actions.Count);
        Assert.All(actions.OfType<TableRow>(), row => Assert.Equal(5, row.Count));
        Assert.DoesNotContain("<script>", markdown);
        Assert.DoesNotContain(document.Descendants<HeadingBlock>(), h => markdown.Substring(h.Span.Start, h.Span.Length).Contains("not a heading", StringComparison.Ordinal));
        Assert.Contains("Split \\| the &lt;script&gt;", markdown);
    }
}
