using PdfSharp.Drawing;

namespace IncidentLearn.Core.Pdf;

/// <summary>Something with a fixed height that draws itself into a box it is given (a tile in a row).</summary>
public interface IPdfBox
{
    double Height { get; }

    void Draw(PdfComposer composer, XRect box);
}

/// <summary>Boxes side by side, <paramref name="perLine"/> to a line, equal widths; lines break pages as a whole.</summary>
public sealed class PdfRow(IReadOnlyList<IPdfBox> boxes, int perLine, double gap = 8) : IPdfComponent
{
    public void Compose(PdfComposer composer)
    {
        var width = (composer.Content.Width - gap * (perLine - 1)) / perLine;
        foreach (var line in boxes.Chunk(perLine))
        {
            var height = line.Max(b => b.Height);
            composer.EnsureSpace(height);
            for (var i = 0; i < line.Length; i++)
            {
                line[i].Draw(composer, new XRect(composer.Content.Left + i * (width + gap), composer.Y, width, height));
            }

            composer.Advance(height + gap);
        }
    }
}

/// <summary>A key figure: a large value over a small label on a shaded tile.</summary>
public sealed class KeyFigureTile(string label, string value) : IPdfBox
{
    public double Height => 50;

    public void Draw(PdfComposer composer, XRect box)
    {
        composer.Graphics.DrawRectangle(new XSolidBrush(PdfTheme.Shade), box);
        composer.Graphics.DrawRectangle(PdfTheme.AccentBrush, box.X, box.Y, 3, box.Height);
        var inner = box.Width - 16;
        composer.DrawLine(TextWrapper.Clip(composer, value, PdfTheme.FigureValue, inner), PdfTheme.FigureValue, PdfTheme.InkBrush, box.X + 10, box.Y + 8);
        composer.DrawLine(TextWrapper.Clip(composer, label, PdfTheme.Small, inner), PdfTheme.Small, PdfTheme.MutedBrush, box.X + 10, box.Y + 32);
    }
}
