using PdfSharp.Drawing;

namespace IncidentLearn.Core.Pdf;

/// <summary>
/// Wrapped text that flows across pages line by line, optionally with a bullet or a bold lead-in label on its own line.
/// Blank lines in the text become paragraph gaps.
/// </summary>
public sealed class PdfTextBlock(string text, XFont? font = null, XBrush? brush = null, double indent = 0, string? bullet = null, double spaceAfter = 6) : IPdfComponent
{
    public void Compose(PdfComposer composer)
    {
        var chosen = font ?? PdfTheme.Body;
        var lineHeight = PdfTheme.LineHeight(chosen);
        var bulletRoom = bullet is null ? 0 : 12;
        var left = composer.Content.Left + indent + bulletRoom;
        var lines = TextWrapper.Wrap(composer, text, chosen, composer.Content.Right - left);
        for (var i = 0; i < lines.Count; i++)
        {
            composer.EnsureSpace(lineHeight);
            if (i == 0 && bullet is not null)
            {
                composer.DrawLine(bullet, chosen, PdfTheme.AccentBrush, left - bulletRoom, composer.Y);
            }

            if (lines[i].Length == 0)
            {
                composer.Advance(lineHeight * 0.6);
                continue;
            }

            composer.DrawLine(lines[i], chosen, brush ?? PdfTheme.InkBrush, left, composer.Y);
            composer.Advance(lineHeight);
        }

        composer.Advance(spaceAfter);
    }
}

/// <summary>Items one per bullet; nothing at all when the list is empty, so callers need not check.</summary>
public sealed class PdfBulletList(IEnumerable<string> items, double indent = 0) : IPdfComponent
{
    public void Compose(PdfComposer composer)
    {
        foreach (var item in items)
        {
            new PdfTextBlock(item, indent: indent, bullet: "•", spaceAfter: 3).Compose(composer);
        }

        composer.Advance(3);
    }
}
