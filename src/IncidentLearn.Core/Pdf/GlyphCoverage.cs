using System.Reflection;
using System.Text;
using System.Text.Unicode;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace IncidentLearn.Core.Pdf;

/// <summary>
/// Notices characters the embedded fonts cannot show, so a Thai or CJK title is reported by Unicode block instead of
/// silently becoming empty boxes. Each character is looked up once per font family.
/// </summary>
internal sealed class GlyphCoverage
{
    private static readonly (string Name, int First, int Last)[] Blocks = [.. typeof(UnicodeRanges)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(UnicodeRange) && p.Name is not (nameof(UnicodeRanges.All) or nameof(UnicodeRanges.None)))
        .Select(p => (Name: p.Name, Range: (UnicodeRange)p.GetValue(null)!))
        .Select(b => (b.Name, b.Range.FirstCodePoint, b.Range.FirstCodePoint + b.Range.Length - 1))];

    private readonly HashSet<(string Family, XFontStyleEx Style, int CodePoint)> seen = [];
    private readonly SortedDictionary<string, SortedSet<int>> missing = new(StringComparer.Ordinal);

    public void Check(string text, XFont font)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            // Plain ASCII is always in DejaVu; skipping it keeps the check off the hot path.
            if (rune.Value < 0x7f || Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) || !seen.Add((font.FontFamily.Name, font.Style, rune.Value)))
            {
                continue;
            }

            if (GlyphHelper.GlyphIndexFromCodePoint(rune.Value, font) == 0)
            {
                var block = BlockOf(rune.Value);
                if (!missing.TryGetValue(block, out var set))
                {
                    missing[block] = set = [];
                }

                set.Add(rune.Value);
            }
        }
    }

    public IReadOnlyList<string> Warnings() =>
    [
        .. missing.Select(m =>
            $"{m.Value.Count} character(s) from the {m.Key} block have no glyph in the DejaVu fonts and show as empty boxes: " +
            string.Join(" ", m.Value.Take(8).Select(c => $"U+{c:X4} '{char.ConvertFromUtf32(c)}'")) + (m.Value.Count > 8 ? " …" : "")),
    ];

    private static string BlockOf(int codePoint)
    {
        foreach (var (name, first, last) in Blocks)
        {
            if (codePoint >= first && codePoint <= last)
            {
                return name;
            }
        }

        return codePoint > 0xFFFF ? "supplementary planes" : "unnamed";
    }
}
