using IncidentLearn.Core.Reports;
using PdfSharp.Drawing;

namespace IncidentLearn.Core.Pdf;

/// <summary>
/// A study pack as a PDF, from a finished <see cref="StudyPackModel"/>: a cover listing the incidents, then per incident
/// its STAR story and printable flashcards, each incident bookmarked with its story and cards beneath it.
/// </summary>
public sealed class StudyPackDocument(StudyPackModel model)
{
    public PdfRenderResult Render()
    {
        using var composer = new PdfComposer(model.Title, model.Authors, model.Subtitle, "study pack");
        ComposeCover(composer);
        foreach (var incident in model.Incidents)
        {
            ComposeIncident(composer, incident);
        }

        composer.DecoratePages(ComposeHeaderAndFooter);
        return composer.Save();
    }

    private void ComposeCover(PdfComposer composer)
    {
        composer.NewPage();
        composer.Bookmark("Contents");
        composer.Advance(40);
        composer.DrawLine("STUDY PACK", PdfTheme.SmallBold, PdfTheme.AccentBrush, composer.Content.Left, composer.Y);
        composer.Advance(18);
        new PdfTextBlock(model.Title, PdfTheme.Title, PdfTheme.InkBrush, spaceAfter: 4).Compose(composer);
        new PdfTextBlock(model.Subtitle, PdfTheme.Heading2, PdfTheme.MutedBrush, spaceAfter: 18).Compose(composer);
        new PdfTable(
            [new("#", 0.5, XStringAlignment.Far), new("Incident", 7), new("Cards", 1, XStringAlignment.Far)],
            [.. model.Incidents.Select((incident, i) => new PdfTableRow([$"{i + 1}", $"{incident.Title}\n{incident.Subtitle}", $"{incident.Cards.Count}"]))],
            PdfTheme.Body).Compose(composer);
    }

    private static void ComposeIncident(PdfComposer composer, StudyPackIncident incident)
    {
        composer.NewPage();
        new PdfHeading(incident.Title).Compose(composer);
        new PdfTextBlock(incident.Subtitle, PdfTheme.Small, PdfTheme.MutedBrush).Compose(composer);
        if (incident.Summary is not null)
        {
            new PdfTextBlock(incident.Summary, PdfTheme.BodyItalic).Compose(composer);
        }

        if (incident.Story is { } story)
        {
            new PdfHeading("STAR story", 1).Compose(composer);
            new StarStoryComponent(story).Compose(composer);
        }

        if (incident.Cards.Count > 0)
        {
            new PdfHeading($"Flashcards ({incident.Cards.Count})", 1).Compose(composer);
            for (var i = 0; i < incident.Cards.Count; i++)
            {
                new FlashcardComponent(incident.Cards[i], i + 1).Compose(composer);
            }
        }
    }

    private void ComposeHeaderAndFooter(PdfComposer composer, int page, int pageCount)
    {
        var content = composer.Content;
        if (page > 0)
        {
            composer.DrawLine(TextWrapper.Clip(composer, model.Title, PdfTheme.Small, content.Width - 80), PdfTheme.Small, PdfTheme.MutedBrush, content.Left, content.Top - 34);
            composer.DrawLine("Study pack", PdfTheme.Small, PdfTheme.MutedBrush, content.Left, content.Top - 34, content.Width, XStringAlignment.Far);
            composer.Graphics.DrawLine(new XPen(PdfTheme.Rule, 0.5), content.Left, content.Top - 20, content.Right, content.Top - 20);
        }

        composer.DrawLine($"Page {page + 1} of {pageCount}", PdfTheme.Small, PdfTheme.MutedBrush, content.Left, content.Bottom + 26, content.Width, XStringAlignment.Far);
        composer.DrawLine("IncidentLearn", PdfTheme.Small, PdfTheme.MutedBrush, content.Left, content.Bottom + 26);
    }
}
