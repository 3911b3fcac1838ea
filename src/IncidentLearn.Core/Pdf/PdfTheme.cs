using PdfSharp.Drawing;

namespace IncidentLearn.Core.Pdf;

/// <summary>Page geometry, type and colour shared by every document, so components stay consistent without arguments.</summary>
public static class PdfTheme
{
    // Runs before the fonts below are created (initialisers run in text order): XFont resolves at once.
    private static readonly bool Ready = Prepare();

    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double MarginX = 56;
    public const double MarginTop = 72;
    public const double MarginBottom = 64;

    /// <summary>Where body content may go; the running header sits above it and the page number below.</summary>
    public static XRect ContentArea { get; } = new(MarginX, MarginTop, PageWidth - 2 * MarginX, PageHeight - MarginTop - MarginBottom);

    public static XFont Body { get; } = Font(10);
    public static XFont BodyBold { get; } = Font(10, XFontStyleEx.Bold);
    public static XFont BodyItalic { get; } = Font(10, XFontStyleEx.Italic);
    public static XFont Small { get; } = Font(8.5);
    public static XFont SmallBold { get; } = Font(8.5, XFontStyleEx.Bold);
    public static XFont Tiny { get; } = Font(7);
    public static XFont Title { get; } = Font(24, XFontStyleEx.Bold);
    public static XFont Heading1 { get; } = Font(16, XFontStyleEx.Bold);
    public static XFont Heading2 { get; } = Font(12, XFontStyleEx.Bold);
    public static XFont FigureValue { get; } = Font(15, XFontStyleEx.Bold);

    public static XColor Ink { get; } = XColor.FromArgb(0x22, 0x22, 0x22);
    public static XColor Muted { get; } = XColor.FromArgb(0x66, 0x66, 0x66);
    public static XColor Accent { get; } = XColor.FromArgb(0x1f, 0x4e, 0x79);
    public static XColor Rule { get; } = XColor.FromArgb(0xcc, 0xcc, 0xcc);
    public static XColor Shade { get; } = XColor.FromArgb(0xf1, 0xf4, 0xf8);
    public static XColor Warning { get; } = XColor.FromArgb(0xb2, 0x22, 0x22);
    public static XColor WarningShade { get; } = XColor.FromArgb(0xfb, 0xe3, 0xe3);

    public static XBrush InkBrush { get; } = new XSolidBrush(Ink);
    public static XBrush MutedBrush { get; } = new XSolidBrush(Muted);
    public static XBrush AccentBrush { get; } = new XSolidBrush(Accent);
    public static XBrush WarningBrush { get; } = new XSolidBrush(Warning);

    /// <summary>Fill colours per event kind, the same hues as the SVG Gantt so the two read alike.</summary>
    public static XColor KindColour(string kind) => kind switch
    {
        "impact" => XColor.FromArgb(0xf4, 0xa3, 0xa3),
        "detection" => XColor.FromArgb(0xff, 0xd0, 0x8a),
        "acknowledgement" => XColor.FromArgb(0xff, 0xe9, 0xa8),
        "diagnosis" => XColor.FromArgb(0xa9, 0xc8, 0xf0),
        "mitigation" => XColor.FromArgb(0x9e, 0xd9, 0xa7),
        "resolution" => XColor.FromArgb(0x5f, 0xbf, 0x74),
        "decision" => XColor.FromArgb(0xc9, 0xb3, 0xe6),
        "communication" => XColor.FromArgb(0xa8, 0xdd, 0xe0),
        "waiting" => XColor.FromArgb(0xd9, 0xd9, 0xd9),
        _ => XColor.FromArgb(0xe8, 0xe2, 0xd5),
    };

    public static double LineHeight(XFont font) => font.Size * 1.32;

    internal static bool IsReady => Ready;

    private static bool Prepare()
    {
        PdfSetup.EnsureReady();
        return true;
    }

    private static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) => new(DejaVuFontResolver.Sans, size, style);
}
