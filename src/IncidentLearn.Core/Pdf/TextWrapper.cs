using System.Text;
using PdfSharp.Drawing;

namespace IncidentLearn.Core.Pdf;

/// <summary>
/// Breaks text into lines no wider than a width: at spaces, keeping the author's line breaks, and inside a word only
/// when the word alone is too wide (long URLs, hashes), so no line ever runs past its box.
/// </summary>
public static class TextWrapper
{
    public static List<string> Wrap(PdfComposer composer, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(composer, paragraph.TrimEnd(), font, width, lines);
        }

        return lines;
    }

    /// <summary>The text cut to fit one line of <paramref name="width"/>, ending in an ellipsis when cut; empty when nothing fits.</summary>
    public static string Clip(PdfComposer composer, string text, XFont font, double width)
    {
        if (composer.Measure(text, font) <= width)
        {
            return text;
        }

        var room = width - composer.Measure("…", font);
        if (room <= 0)
        {
            return "";
        }

        return text[..FittingPrefix(composer, text, font, room)].TrimEnd() + "…";
    }

    private static void WrapParagraph(PdfComposer composer, string paragraph, XFont font, double width, List<string> lines)
    {
        if (paragraph.Length == 0)
        {
            lines.Add("");
            return;
        }

        var spaceWidth = composer.Measure(" ", font);
        var line = new StringBuilder();
        var lineWidth = 0.0;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = composer.Measure(word, font);
            var needed = line.Length == 0 ? wordWidth : lineWidth + spaceWidth + wordWidth;
            if (needed <= width)
            {
                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                line.Append(word);
                lineWidth = needed;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }

            if (wordWidth <= width)
            {
                line.Append(word);
                lineWidth = wordWidth;
                continue;
            }

            // A word wider than the box is cut into pieces that fit; the last piece starts the next line.
            var rest = word;
            while (composer.Measure(rest, font) > width)
            {
                var take = FittingPrefix(composer, rest, font, width);
                lines.Add(rest[..take]);
                rest = rest[take..];
            }

            line.Append(rest);
            lineWidth = composer.Measure(rest, font);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
    }

    private static int FittingPrefix(PdfComposer composer, string word, XFont font, double width)
    {
        int low = 1, high = word.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (composer.Measure(word[..mid], font) <= width)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        // Never split a surrogate pair.
        return low < word.Length && char.IsLowSurrogate(word[low]) && low > 1 ? low - 1 : low;
    }
}
