using PdfSharp.Drawing;

namespace IncidentLearn.Core.Pdf;

/// <summary>
/// A section (level 0) or subsection (level 1) heading with its PDF bookmark. It keeps room for a few lines after
/// itself, so a heading never ends a page alone.
/// </summary>
public sealed class PdfHeading(string text, int level = 0, bool bookmark = true) : IPdfComponent
{
    private const double KeepWithNext = 48;

    public void Compose(PdfComposer composer)
    {
        var font = level == 0 ? PdfTheme.Heading1 : PdfTheme.Heading2;
        var lines = TextWrapper.Wrap(composer, text, font, composer.Content.Width);
        var lineHeight = PdfTheme.LineHeight(font);
        var before = level == 0 ? 10 : 6;
        composer.EnsureSpace(before + lines.Count * lineHeight + KeepWithNext);
        if (!composer.AtPageTop)
        {
            composer.Advance(before);
        }

        if (bookmark)
        {
            composer.Bookmark(text, level);
        }

        foreach (var line in lines)
        {
            composer.DrawLine(line, font, level == 0 ? PdfTheme.AccentBrush : PdfTheme.InkBrush, composer.Content.Left, composer.Y);
            composer.Advance(lineHeight);
        }

        if (level == 0)
        {
            composer.Graphics.DrawLine(new XPen(PdfTheme.Accent, 0.8), composer.Content.Left, composer.Y + 1, composer.Content.Right, composer.Y + 1);
            composer.Advance(6);
        }
        else
        {
            composer.Advance(2);
        }
    }
}
