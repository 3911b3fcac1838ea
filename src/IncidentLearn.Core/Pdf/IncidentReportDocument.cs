using IncidentLearn.Core.Reports;
using PdfSharp.Drawing;

namespace IncidentLearn.Core.Pdf;

/// <summary>
/// The incident report as a PDF, composed from a finished <see cref="IncidentReportModel"/>: a cover with the key
/// figures, then one bookmarked section per part of the record, a running header naming the incident and numbered pages.
/// </summary>
public sealed class IncidentReportDocument(IncidentReportModel model)
{
    public PdfRenderResult Render()
    {
        using var composer = new PdfComposer(model.Title, model.Authors, $"Incident report{(model.DateText is null ? "" : ", " + model.DateText)}", string.Join(", ", model.Tags));
        ComposeCover(composer);
        ComposeContent(composer);
        composer.DecoratePages(ComposeHeaderAndFooter);
        return composer.Save();
    }

    /// <summary>The report written to a stream, for callers that only want the file.</summary>
    public void WriteTo(Stream output) => output.Write(Render().Bytes);

    private void ComposeCover(PdfComposer composer)
    {
        composer.NewPage();
        composer.Bookmark("Cover");
        composer.Advance(40);
        composer.DrawLine("INCIDENT REPORT", PdfTheme.SmallBold, PdfTheme.AccentBrush, composer.Content.Left, composer.Y);
        composer.Advance(18);
        new PdfTextBlock(model.Title, PdfTheme.Title, PdfTheme.InkBrush, spaceAfter: 4).Compose(composer);
        new PdfTextBlock(model.Subtitle, PdfTheme.Heading2, PdfTheme.MutedBrush, spaceAfter: 18).Compose(composer);
        new PdfColumn(
        [
            Facts("Services", model.Services),
            Facts("Authors", model.Authors),
            Facts("Tags", model.Tags),
            new PdfSpacer(14),
            new PdfRow([.. model.KeyFigures.Select(f => new KeyFigureTile(f.Label, f.Value))], perLine: 3),
        ]).Compose(composer);
        if (model.Summary is not null)
        {
            composer.Advance(10);
            new PdfTextBlock(model.Summary, PdfTheme.BodyItalic, PdfTheme.InkBrush).Compose(composer);
        }
    }

    private void ComposeContent(PdfComposer composer)
    {
        composer.NewPage();
        var sections = new List<IPdfComponent>();
        if (model.Summary is not null || model.Impact is not null || model.Details.Count > 0)
        {
            sections.Add(new PdfHeading("Summary and impact"));
            sections.Add(Optional(model.Summary));
            sections.AddRange(Labelled("Impact", model.Impact));
            sections.AddRange(model.Details.SelectMany(d => Labelled(d.Label, d.Text)));
        }

        if (model.Story is { } story)
        {
            sections.Add(new PdfHeading("STAR story"));
            sections.Add(new StarStoryComponent(story));
        }

        sections.AddRange(TimelineSection());
        if (model.RootCauses.Count > 0 || model.ContributingFactors.Count > 0)
        {
            sections.Add(new PdfHeading("Root causes"));
            sections.Add(new PdfBulletList(model.RootCauses));
            if (model.ContributingFactors.Count > 0)
            {
                sections.Add(new PdfHeading("Contributing factors", 1));
                sections.Add(new PdfBulletList(model.ContributingFactors));
            }
        }

        if (model.ActionItems.Count > 0)
        {
            sections.Add(new PdfHeading("Action items"));
            sections.Add(new PdfTable(
                [new("Action", 5.2), new("Owner", 1.6), new("Type", 1.1), new("Status", 1.2), new("Due", 1.2)],
                [.. model.ActionItems.Select(a => new PdfTableRow([a.Text, a.Owner, a.Type, a.Status, a.Due]))]));
        }

        if (model.Lessons.Count > 0)
        {
            sections.Add(new PdfHeading("Lessons"));
            foreach (var group in model.Lessons)
            {
                sections.Add(new PdfHeading(group.Heading, 1));
                sections.Add(new PdfBulletList(group.Items));
            }
        }

        if (model.Flashcards.Count > 0)
        {
            sections.Add(new PdfPageBreak());
            sections.Add(new PdfHeading("Appendix: flashcards"));
            sections.Add(new PdfTextBlock($"{model.Flashcards.Count} cards. Cover the answer, say yours aloud, then check.", PdfTheme.Small, PdfTheme.MutedBrush));
            sections.AddRange(model.Flashcards.Select((card, i) => new FlashcardComponent(card, i + 1)));
        }

        new PdfColumn(sections).Compose(composer);
    }

    private IEnumerable<IPdfComponent> TimelineSection()
    {
        var timeline = model.Timeline;
        if (timeline.Rows.Count == 0)
        {
            yield break;
        }

        yield return new PdfHeading("Timeline");
        if (timeline.Layout is { } layout)
        {
            yield return new GanttChartComponent(layout, timeline.LegendKinds);
        }

        yield return new PdfHeading("Events", 1);
        yield return new PdfTextBlock(timeline.ZoneNote, PdfTheme.Small, PdfTheme.MutedBrush, spaceAfter: 3);
        yield return new PdfTable(
            [new("#", 0.45, XStringAlignment.Far), new("Start", 1.1), new("End", 1.1), new("Min", 0.75, XStringAlignment.Far), new("Kind", 2.25), new("Actor", 1.6), new("Event", 4.3)],
            [.. timeline.Rows.Select(r => new PdfTableRow([r.Number, r.Start, r.End, r.Minutes, r.Kind, r.Actor, r.Text], r.Flagged))]);
        if (timeline.Findings.Count > 0)
        {
            yield return new PdfHeading("Findings", 1);
            yield return new PdfTable(
                [new("Finding", 1.6), new("Events", 0.9), new("What the analysis noticed", 7)],
                [.. timeline.Findings.Select(f => new PdfTableRow([f.Kind, f.Events, f.Message]))]);
        }
    }

    private void ComposeHeaderAndFooter(PdfComposer composer, int page, int pageCount)
    {
        var content = composer.Content;
        if (page > 0)
        {
            var header = TextWrapper.Clip(composer, model.Title, PdfTheme.Small, content.Width - 90);
            composer.DrawLine(header, PdfTheme.Small, PdfTheme.MutedBrush, content.Left, content.Top - 34);
            composer.DrawLine("Incident report", PdfTheme.Small, PdfTheme.MutedBrush, content.Left, content.Top - 34, content.Width, XStringAlignment.Far);
            composer.Graphics.DrawLine(new XPen(PdfTheme.Rule, 0.5), content.Left, content.Top - 20, content.Right, content.Top - 20);
        }

        composer.DrawLine($"Page {page + 1} of {pageCount}", PdfTheme.Small, PdfTheme.MutedBrush, content.Left, content.Bottom + 26, content.Width, XStringAlignment.Far);
        composer.DrawLine("IncidentLearn", PdfTheme.Small, PdfTheme.MutedBrush, content.Left, content.Bottom + 26);
    }

    private static IPdfComponent Facts(string label, IReadOnlyList<string> values) =>
        values.Count == 0 ? new PdfSpacer(0) : new PdfTextBlock($"{label}: {string.Join(", ", values)}", PdfTheme.Body, PdfTheme.InkBrush, spaceAfter: 3);

    private static IPdfComponent Optional(string? text) => text is null ? new PdfSpacer(0) : new PdfTextBlock(text);

    private static IEnumerable<IPdfComponent> Labelled(string label, string? text)
    {
        if (text is null)
        {
            yield break;
        }

        yield return new PdfHeading(label, 1, bookmark: false);
        yield return new PdfTextBlock(text);
    }
}
