using System.Text.RegularExpressions;
using IncidentLearn.Core.Pdf;
using IncidentLearn.Core.Reports;
using IncidentLearn.Core.Tests.Reports;

namespace IncidentLearn.Core.Tests.Pdf;

public sealed partial class IncidentReportPdfTests
{
    [Fact]
    public void EverySectionAndKeyFigureOfTheReportCanBeFoundInTheExtractedText()
    {
        var model = ReportSamples.Builder.Build(ReportSamples.Load("postgres-wal-disk-full"));
        var path = PopplerTools.Save(new IncidentReportDocument(model).Render().Bytes, "postgres-wal-disk-full.pdf");
        var text = Flat(PopplerTools.Text(path));

        foreach (var expected in new[]
        {
            "INCIDENT REPORT", "Postgres primary out of disk from WAL", "SEV1", "Tuesday 4 June 2024", "pg-main-01",
            "Summary and impact", "STAR story", "Situation", "Timeline", "Events", "Findings", "Root causes", "Lessons",
            "Time to mitigate", "Katrin", "cdc_orders", "What went well",
        })
        {
            Assert.Contains(expected, text);
        }

        foreach (var figure in model.KeyFigures)
        {
            Assert.Contains(figure.Value, text);
        }
    }

    [Fact]
    public void TheLongestKindNamesFitTheirColumnUnbroken()
    {
        var record = ReportSamples.Load("postgres-wal-disk-full");
        record.Timeline.Add(new Incidents.TimelineEvent { Start = "00:50", Text = "Ana acked the follow-up page." });
        record.Timeline.Add(new Incidents.TimelineEvent { Start = "00:55", Text = "Posted an update on the status page." });
        var path = PopplerTools.Save(new IncidentReportDocument(ReportSamples.Builder.Build(record)).Render().Bytes, "long-kind-names.pdf");

        var text = PopplerTools.Text(path);

        Assert.Contains("acknowledgement*", text);
        Assert.Contains("communication*", text);
    }

    [Fact]
    public void ActionItemsAreListedWithOwnerAndStatus()
    {
        var model = ReportSamples.Builder.Build(ReportSamples.Load("duplicate-card-charges"));
        var lines = PopplerTools.Text(PopplerTools.Save(Render(model).Bytes, "duplicate-card-charges-actions.pdf"), layout: true).Split('\n');

        Assert.NotEmpty(model.ActionItems);
        Assert.Contains(lines, l => Regex.IsMatch(l, @"Action\s+Owner\s+Type\s+Status\s+Due"));
        foreach (var action in model.ActionItems)
        {
            // Side by side on one printed line: the start of the action, its owner and its status.
            Assert.Contains(lines, l => l.Contains(action.Text[..20], StringComparison.Ordinal)
                && Regex.IsMatch(l, $@"{Regex.Escape(action.Owner)}\s+{Regex.Escape(action.Type)}\s+{Regex.Escape(action.Status)}"));
        }
    }

    [Fact]
    public void PagesAreNumberedAndCarryTheIncidentInARunningHeader()
    {
        var result = Render("duplicate-card-charges");
        var text = PopplerTools.Text(PopplerTools.Save(result.Bytes, "duplicate-card-charges.pdf"));
        var pages = text.Split('\f');

        Assert.True(result.PageCount >= 3, $"only {result.PageCount} pages");
        for (var i = 0; i < result.PageCount; i++)
        {
            Assert.Contains($"Page {i + 1} of {result.PageCount}", pages[i]);
            if (i > 0)
            {
                Assert.Contains("Duplicate card charges", pages[i]);
            }
        }
    }

    [Fact]
    public void FontsAreEmbeddedAndMetadataNamesTitleAndAuthors()
    {
        var model = ReportSamples.Builder.Build(ReportSamples.Load("postgres-wal-disk-full"));
        var path = PopplerTools.Save(Render(model).Bytes, "fonts-and-metadata.pdf");

        var fontRows = PopplerTools.Fonts(path).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(fontRows);
        // pdffonts prints "yes" in the emb column of every embedded font.
        Assert.All(fontRows, row => Assert.Matches(EmbeddedColumn(), row));

        var info = PopplerTools.Info(path);
        Assert.Contains("Title:           Postgres primary out of disk", info);
        Assert.Contains("Author:          Katrin Vogel", info);
    }

    [Fact]
    public void EachSectionIsBookmarkedInTheOutline()
    {
        var result = Render("duplicate-card-charges");
        var titles = result.Bookmarks.Where(b => b.Level == 0).Select(b => b.Title).ToList();

        Assert.Equal(["Cover", "Summary and impact", "STAR story", "Timeline", "Root causes", "Action items", "Lessons"], titles);
        // The outline is written uncompressed: the catalogue points at it, opens with it, and names every section (in UTF-16).
        var raw = System.Text.Encoding.Latin1.GetString(result.Bytes);
        Assert.Contains("/PageMode/UseOutlines", raw);
        Assert.Matches(@"/Outlines \d+ 0 R", raw);
        Assert.All(titles, title => Assert.Contains($"/Title<FEFF{Convert.ToHexString(System.Text.Encoding.BigEndianUnicode.GetBytes(title))}>", raw));
    }

    [Fact]
    public void FlashcardsAppearAsAnAppendixOnlyWhenAskedFor()
    {
        var record = ReportSamples.Load("rabbitmq-memory-alarm");
        var without = Render(ReportSamples.Builder.Build(record));
        var with = Render(ReportSamples.Builder.Build(record, new IncidentReportOptions { IncludeFlashcards = true, OtherIncidents = ReportSamples.All() }));

        Assert.DoesNotContain(without.Bookmarks, b => b.Title.StartsWith("Appendix", StringComparison.Ordinal));
        Assert.Contains(with.Bookmarks, b => b.Title == "Appendix: flashcards");
        var text = Flat(PopplerTools.Text(PopplerTools.Save(with.Bytes, "rabbitmq-with-cards.pdf")));
        Assert.Contains("Card 1 ·", text);
        Assert.Contains("Answer:", text);
    }

    internal static PdfRenderResult Render(string slug) => Render(ReportSamples.Builder.Build(ReportSamples.Load(slug)));

    internal static PdfRenderResult Render(IncidentReportModel model) => new IncidentReportDocument(model).Render();

    /// <summary>Extracted text with line breaks and repeated spaces folded, so wrapped phrases still match.</summary>
    internal static string Flat(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s(CID )?TrueType( \(CID\))?\s+\S+(\s\S+)?\s+yes\s+(yes|no)\s+(yes|no)")]
    private static partial Regex EmbeddedColumn();
}
