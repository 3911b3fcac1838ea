using IncidentLearn.Core.Reports;

namespace IncidentLearn.Core.Pdf;

/// <summary>A STAR story: the prompt, the four parts of the two-minute answer (drafted parts say so), and the 60-second version.</summary>
public sealed class StarStoryComponent(StoryModel story) : IPdfComponent
{
    public void Compose(PdfComposer composer)
    {
        if (story.Prompt is not null)
        {
            new PdfTextBlock($"“{story.Prompt}”", PdfTheme.BodyItalic, PdfTheme.MutedBrush).Compose(composer);
        }

        new PdfTextBlock($"Two-minute answer ({story.FullLength})", PdfTheme.Small, PdfTheme.MutedBrush, spaceAfter: 2).Compose(composer);
        foreach (var part in story.Parts)
        {
            // A part's label never sits alone at the foot of a page: keep room for it and two lines of text.
            composer.EnsureSpace(40);
            new PdfTextBlock(part.Drafted ? $"{part.Name} (drafted from the record)" : part.Name, PdfTheme.BodyBold, PdfTheme.AccentBrush, spaceAfter: 1).Compose(composer);
            new PdfTextBlock(part.Text, indent: 10).Compose(composer);
        }

        composer.EnsureSpace(40);
        new PdfTextBlock($"60-second answer ({story.ShortLength})", PdfTheme.BodyBold, PdfTheme.AccentBrush, spaceAfter: 1).Compose(composer);
        new PdfTextBlock(story.ShortText, indent: 10).Compose(composer);
    }
}

/// <summary>A printable flashcard: number and kind, the question in bold, choices, then the answer set apart.</summary>
public sealed class FlashcardComponent(FlashcardModel card, int number) : IPdfComponent
{
    public void Compose(PdfComposer composer)
    {
        // Keep the question with at least the start of its answer.
        composer.EnsureSpace(60);
        composer.Graphics.DrawLine(new PdfSharp.Drawing.XPen(PdfTheme.Rule, 0.5), composer.Content.Left, composer.Y, composer.Content.Right, composer.Y);
        composer.Advance(4);
        new PdfTextBlock($"Card {number} · {card.Kind}", PdfTheme.Tiny, PdfTheme.MutedBrush, spaceAfter: 1).Compose(composer);
        new PdfTextBlock(card.Question, PdfTheme.BodyBold, PdfTheme.InkBrush, spaceAfter: 2).Compose(composer);
        new PdfBulletList(card.Choices.Select((c, i) => $"{(char)('A' + i)}. {c}"), indent: 10).Compose(composer);
        new PdfTextBlock("Answer: " + card.Answer, PdfTheme.Body, PdfTheme.AccentBrush, indent: 10, spaceAfter: 8).Compose(composer);
    }
}
