using PdfSharp.Drawing;

namespace IncidentLearn.Core.Pdf;

/// <summary>
/// A finished PDF: its bytes, its page count, what the reader should know (characters the fonts lack), and every
/// piece of text drawn with its box, so tests can check that nothing runs off a page.
/// </summary>
public sealed record PdfRenderResult(byte[] Bytes, int PageCount, IReadOnlyList<string> Warnings, IReadOnlyList<DrawnText> Drawn, IReadOnlyList<PdfBookmark> Bookmarks);

/// <summary>One string as drawn: the page (from 0), its box in points from the top-left, and whether it is body flow (not header or footer).</summary>
public sealed record DrawnText(int Page, XRect Box, string Text, bool InBody);

/// <summary>An outline entry: its title, depth (0 for sections) and page (from 0).</summary>
public sealed record PdfBookmark(string Title, int Level, int Page);
