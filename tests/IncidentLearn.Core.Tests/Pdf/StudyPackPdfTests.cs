using IncidentLearn.Core.Pdf;
using IncidentLearn.Core.Reports;
using IncidentLearn.Core.Tests.Reports;

namespace IncidentLearn.Core.Tests.Pdf;

public sealed class StudyPackPdfTests
{
    [Fact]
    public void AStudyPackHoldsEachChosenIncidentsStoryAndCardsAndNothingElse()
    {
        var chosen = new[] { "duplicate-card-charges", "postgres-wal-disk-full", "rabbitmq-memory-alarm" }.Select(ReportSamples.Load).ToList();
        var model = new StudyPackBuilder(ReportSamples.Templates).Build(chosen, "On-call war stories");
        var result = new StudyPackDocument(model).Render();
        var text = IncidentReportPdfTests.Flat(PopplerTools.Text(PopplerTools.Save(result.Bytes, "study-pack.pdf")));

        Assert.Contains("On-call war stories", text);
        Assert.Contains($"3 incidents · {model.CardCount} flashcards", text);
        Assert.True(model.CardCount > 10);
        foreach (var incident in model.Incidents)
        {
            Assert.Contains(result.Bookmarks, b => b.Level == 0 && b.Title == incident.Title);
            Assert.Contains(IncidentReportPdfTests.Flat(incident.Cards[0].Question)[..20], text);
        }

        Assert.DoesNotContain("CDN served signed-in", text);
        Assert.Contains("60-second answer", text);
        PageFlowTests.AssertNothingOffThePage(result);
    }
}
