using PdfSharp.Drawing;

namespace IncidentLearn.Core.Pdf;

/// <summary>A table column: its header, its share of the width, and how its cells align.</summary>
public sealed record PdfTableColumn(string Header, double Weight, XStringAlignment Align = XStringAlignment.Near);

/// <summary>One row of cells; a flagged row gets a red edge so findings stand out.</summary>
public sealed record PdfTableRow(IReadOnlyList<string> Cells, bool Flagged = false);

/// <summary>
/// A table with wrapped cells. The header row repeats on every page the table reaches; a row moves whole to the next
/// page when it fits there, and only a row taller than a page is split between its lines.
/// </summary>
public sealed class PdfTable(IReadOnlyList<PdfTableColumn> columns, IReadOnlyList<PdfTableRow> rows, XFont? font = null) : IPdfComponent
{
    private const double Padding = 3.5;

    public void Compose(PdfComposer composer)
    {
        var cellFont = font ?? PdfTheme.Small;
        var lineHeight = PdfTheme.LineHeight(cellFont);
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => composer.Content.Width * c.Weight / total).ToArray();
        var headerLines = columns.Select((c, i) => TextWrapper.Wrap(composer, c.Header, PdfTheme.SmallBold, widths[i] - 2 * Padding)).ToArray();
        var headerHeight = headerLines.Max(l => l.Count) * PdfTheme.LineHeight(PdfTheme.SmallBold) + 2 * Padding;

        // The header waits for the first row (or half a page of it), so a header never sits alone at a page end.
        var firstRow = rows.Count == 0 ? 0 : rows[0].Cells.Select((text, i) => TextWrapper.Wrap(composer, text, cellFont, widths[i] - 2 * Padding).Count).Max();
        composer.EnsureSpace(headerHeight + Math.Min(firstRow * lineHeight, composer.Content.Height / 2) + 2 * Padding);
        DrawHeader(composer, headerLines, widths, headerHeight);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells.Select((text, i) => TextWrapper.Wrap(composer, text, cellFont, widths[i] - 2 * Padding)).ToArray();
            var lineCount = cells.Max(c => c.Count);
            var done = 0;
            while (done < lineCount)
            {
                var fits = (int)Math.Floor((composer.Remaining - 2 * Padding) / lineHeight);
                var wholeRowFitsOnAFreshPage = (lineCount - done) * lineHeight + 2 * Padding <= composer.Content.Height - headerHeight;
                if (fits < lineCount - done && (done == 0 && wholeRowFitsOnAFreshPage || fits < 1))
                {
                    composer.NewPage();
                    DrawHeader(composer, headerLines, widths, headerHeight);
                    continue;
                }

                var take = Math.Min(fits, lineCount - done);
                DrawRowPart(composer, rows[r], cells, widths, done, take, lineHeight, cellFont, r);
                done += take;
            }
        }

        composer.Advance(8);
    }

    private void DrawHeader(PdfComposer composer, List<string>[] headerLines, double[] widths, double height)
    {
        var top = composer.Y;
        composer.Graphics.DrawRectangle(new XSolidBrush(PdfTheme.Shade), composer.Content.Left, top, composer.Content.Width, height);
        var x = composer.Content.Left;
        for (var i = 0; i < columns.Count; i++)
        {
            var y = top + Padding;
            foreach (var line in headerLines[i])
            {
                composer.DrawLine(line, PdfTheme.SmallBold, PdfTheme.AccentBrush, x + Padding, y, widths[i] - 2 * Padding, columns[i].Align);
                y += PdfTheme.LineHeight(PdfTheme.SmallBold);
            }

            x += widths[i];
        }

        composer.Graphics.DrawLine(new XPen(PdfTheme.Accent, 0.8), composer.Content.Left, top + height, composer.Content.Right, top + height);
        composer.Advance(height);
    }

    private void DrawRowPart(PdfComposer composer, PdfTableRow row, List<string>[] cells, double[] widths, int from, int count, double lineHeight, XFont cellFont, int index)
    {
        var top = composer.Y;
        var height = count * lineHeight + 2 * Padding;
        if (index % 2 == 1)
        {
            composer.Graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xf8, 0xf8, 0xf8)), composer.Content.Left, top, composer.Content.Width, height);
        }

        if (row.Flagged)
        {
            // A red edge marks the row without drowning the table when most rows have findings.
            composer.Graphics.DrawRectangle(PdfTheme.WarningBrush, composer.Content.Left, top, 2.2, height);
        }

        var x = composer.Content.Left;
        for (var i = 0; i < columns.Count; i++)
        {
            var y = top + Padding;
            foreach (var line in cells[i].Skip(from).Take(count))
            {
                composer.DrawLine(line, cellFont, PdfTheme.InkBrush, x + Padding, y, widths[i] - 2 * Padding, columns[i].Align);
                y += lineHeight;
            }

            x += widths[i];
        }

        composer.Graphics.DrawLine(new XPen(PdfTheme.Rule, 0.4), composer.Content.Left, top + height, composer.Content.Right, top + height);
        composer.Advance(height);
    }
}
