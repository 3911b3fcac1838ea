using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Pdf;
using IncidentLearn.Core.Reports;
using IncidentLearn.Core.Tests.Reports;

namespace IncidentLearn.Core.Tests.Pdf;

public sealed class PageFlowTests
{
    private const double Slack = 0.5;

    [Fact]
    public void ALongActionItemTableRepeatsItsHeaderOnEveryPageAndKeepsAllTextInsideTheContentArea()
    {
        var record = ReportSamples.Load("duplicate-card-charges");
        record.ActionItems = [.. Enumerable.Range(1, 90).Select(i => new ActionItem
        {
            Text = $"Action {i:000}: " + string.Concat(Enumerable.Repeat("check the retry path again and write down what was found ", i % 4 + 1)),
            Owner = i % 3 == 0 ? "Zoë Ångström" : "payments team",
            Status = (ActionStatus)(i % 4),
        })];
        var result = IncidentReportPdfTests.Render(ReportSamples.Builder.Build(record));

        AssertNothingOffThePage(result);
        var tablePages = result.Drawn.Where(d => d.Text.StartsWith("Action 0", StringComparison.Ordinal)).Select(d => d.Page).Distinct().ToList();
        Assert.True(tablePages.Count >= 3, $"the table spans {tablePages.Count} pages");
        Assert.All(tablePages, page => Assert.Contains(result.Drawn, d => d.Page == page && d.InBody && d.Text == "Owner"));
        var text = PopplerTools.Text(PopplerTools.Save(result.Bytes, "long-action-table.pdf"));
        Assert.All(Enumerable.Range(1, 90), i => Assert.Contains($"Action {i:000}:", text));
    }

    [Fact]
    public void AVeryLongParagraphAndAnUnbrokenWordFlowOverPagesWithoutRunningOff()
    {
        var record = ReportSamples.Load("postgres-wal-disk-full");
        record.Impact = string.Join(' ', Enumerable.Range(1, 900).Select(i => $"word{i}")) + " " + new string('x', 400);
        var result = IncidentReportPdfTests.Render(ReportSamples.Builder.Build(record));

        AssertNothingOffThePage(result);
        var impactPages = result.Drawn.Where(d => d.Text.Contains("word", StringComparison.Ordinal)).Select(d => d.Page).Distinct().Count();
        Assert.True(impactPages >= 2, "the paragraph should continue on a second page");
        var text = IncidentReportPdfTests.Flat(PopplerTools.Text(PopplerTools.Save(result.Bytes, "long-paragraph.pdf")));
        Assert.Contains("word1 word2 word3", text);
        Assert.Contains("word899 word900", text);
    }

    [Fact]
    public void EverySampleReportKeepsItsBodyTextInsideTheContentArea()
    {
        var others = ReportSamples.All();
        foreach (var record in others)
        {
            var model = ReportSamples.Builder.Build(record, new IncidentReportOptions { IncludeFlashcards = true, OtherIncidents = others });
            AssertNothingOffThePage(IncidentReportPdfTests.Render(model));
        }
    }

    internal static void AssertNothingOffThePage(PdfRenderResult result)
    {
        var content = PdfTheme.ContentArea;
        foreach (var text in result.Drawn)
        {
            var box = text.Box;
            var area = text.InBody ? content : new PdfSharp.Drawing.XRect(20, 20, PdfTheme.PageWidth - 40, PdfTheme.PageHeight - 40);
            Assert.True(
                box.Left >= area.Left - Slack && box.Right <= area.Right + Slack && box.Top >= area.Top - Slack && box.Bottom <= area.Bottom + Slack,
                $"'{text.Text}' on page {text.Page + 1} at {box} leaves {area}");
        }
    }
}
