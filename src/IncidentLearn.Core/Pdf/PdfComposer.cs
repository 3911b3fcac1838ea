using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace IncidentLearn.Core.Pdf;

/// <summary>
/// The document and page layer: flows content down A4 pages with a cursor, breaks pages when asked for room, draws
/// text (recording each box and any character the fonts lack), adds bookmarks, and finally decorates every page
/// with a header and footer once the page count is known. Components draw through it and never touch PdfSharp pages.
/// </summary>
public sealed class PdfComposer : IDisposable
{
    private readonly PdfDocument document;
    private readonly List<PdfPage> pages = [];
    private readonly List<DrawnText> drawn = [];
    private readonly List<PdfBookmark> bookmarks = [];
    private readonly List<PdfOutline> outlineParents = [];
    private readonly Dictionary<(XFont Font, string Text), double> widths = [];
    private readonly GlyphCoverage coverage = new();
    private XGraphics? graphics;
    private bool decorating;

    public PdfComposer(string title, IEnumerable<string> authors, string? subject = null, string? keywords = null)
    {
        // Before the document: PDFsharp checks its licence when a document is created.
        PdfSetup.EnsureReady();
        document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = string.Join(", ", authors);
        document.Info.Subject = subject ?? "";
        document.Info.Keywords = keywords ?? "";
        document.Info.Creator = "IncidentLearn";
        document.PageMode = PdfPageMode.UseOutlines;
    }

    public XRect Content => PdfTheme.ContentArea;

    /// <summary>The top of the next thing to draw, in points from the top of the page.</summary>
    public double Y { get; private set; }

    public double Remaining => Content.Bottom - Y;

    public int PageIndex => pages.Count - 1;

    public bool AtPageTop => graphics is not null && Y <= Content.Top + 0.5;

    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("Call NewPage before drawing.");

    public void NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PdfTheme.PageWidth);
        page.Height = XUnit.FromPoint(PdfTheme.PageHeight);
        pages.Add(page);
        graphics = XGraphics.FromPdfPage(page);
        Y = Content.Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit (or the page is empty, where waiting helps nothing).</summary>
    public void EnsureSpace(double height)
    {
        if (graphics is null || (Y + height > Content.Bottom + 0.01 && !AtPageTop))
        {
            NewPage();
        }
    }

    public void Advance(double points) => Y = Math.Min(Y + points, Content.Bottom);

    /// <summary>Marks the current page in the PDF outline; level 1 nests under the last level 0.</summary>
    public void Bookmark(string title, int level = 0)
    {
        EnsureSpace(0);
        var page = pages[^1];
        var parent = level > 0 && outlineParents.Count > 0 ? outlineParents[^1].Outlines : document.Outlines;
        var outline = parent.Add(title, page, level == 0);
        if (level == 0)
        {
            outlineParents.Add(outline);
        }

        bookmarks.Add(new PdfBookmark(title, level, PageIndex));
    }

    public double Measure(string text, XFont font)
    {
        if (!widths.TryGetValue((font, text), out var width))
        {
            width = Graphics.MeasureString(text, font).Width;
            widths[(font, text)] = width;
        }

        return width;
    }

    /// <summary>Draws one line with its top at <paramref name="top"/>, aligned within [x, x + width].</summary>
    public void DrawLine(string text, XFont font, XBrush brush, double x, double top, double width = 0, XStringAlignment align = XStringAlignment.Near)
    {
        if (text.Length == 0)
        {
            return;
        }

        coverage.Check(text, font);
        var measured = Measure(text, font);
        var left = align switch
        {
            XStringAlignment.Far => x + width - measured,
            XStringAlignment.Center => x + (width - measured) / 2,
            _ => x,
        };
        Graphics.DrawString(text, font, brush, left, top, XStringFormats.TopLeft);
        drawn.Add(new DrawnText(decorating ? DecoratingPage : PageIndex, new XRect(left, top, measured, PdfTheme.LineHeight(font)), text, !decorating));
    }

    /// <summary>Draws on every page once the count is known (headers, footers, page numbers); skipped pages get nothing.</summary>
    public void DecoratePages(Action<PdfComposer, int, int> decorate)
    {
        graphics?.Dispose();
        decorating = true;
        for (var i = 0; i < pages.Count; i++)
        {
            using var page = XGraphics.FromPdfPage(pages[i], XGraphicsPdfPageOptions.Append);
            graphics = page;
            DecoratingPage = i;
            decorate(this, i, pages.Count);
        }

        graphics = null;
        decorating = false;
    }

    /// <summary>The page being decorated, inside <see cref="DecoratePages"/>.</summary>
    public int DecoratingPage { get; private set; }

    public PdfRenderResult Save()
    {
        graphics?.Dispose();
        graphics = null;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return new PdfRenderResult(output.ToArray(), pages.Count, coverage.Warnings(), drawn, bookmarks);
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }
}
