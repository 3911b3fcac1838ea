using System.Text;

namespace IncidentLearn.Core.Text;

/// <summary>
/// Two views of one line: <see cref="Clean"/> is what we quote back (typography tidied, meaning kept) and
/// <see cref="Fold"/> maps it character for character to a form that is easy to match, so a match position
/// in the folded text is the same position in the clean text.
/// </summary>
public static class TextNormalizer
{
    /// <summary>
    /// Tidies one line: invisible and control characters removed, tabs to four spaces, every kind of space
    /// to a plain space, non-breaking and Unicode hyphens to "-", curly quotes to straight ones, lone
    /// surrogates to U+FFFD, composed to NFC, trailing spaces trimmed. En and em dashes are kept (they mean
    /// something in ranges and asides); <see cref="Fold"/> treats them as hyphens for matching.
    /// </summary>
    public static string Clean(string line)
    {
        if (IsPlainAscii(line))
        {
            return line.TrimEnd();
        }

        var builder = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                builder.Append(c).Append(line[++i]);
                continue;
            }

            AppendClean(builder, c);
        }

        var cleaned = builder.ToString().TrimEnd();
        return cleaned.IsNormalized(NormalizationForm.FormC) ? cleaned : cleaned.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Same length as <paramref name="clean"/>: dashes become "-", bullet glyphs become "-".</summary>
    public static string Fold(string clean)
    {
        if (clean.AsSpan().IndexOfAny(FoldedChars) < 0)
        {
            return clean;
        }

        return string.Create(clean.Length, clean, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });
    }

    /// <summary>Cleans a whole text, keeping its line structure ("\n" endings).</summary>
    public static string CleanText(string text) => string.Join('\n', LineSplitter.Split(text).Select(Clean));

    private const string FoldedChars = "\u2012\u2013\u2014\u2015\u2022\u25E6\u25AA\u2023\u2043\u00B7";

    private static char FoldChar(char c) => c switch
    {
        '\u2012' or '\u2013' or '\u2014' or '\u2015' => '-',
        '\u2022' or '\u25E6' or '\u25AA' or '\u2023' or '\u2043' or '\u00B7' => '-',
        _ => c,
    };

    private static bool IsPlainAscii(string line)
    {
        foreach (var c in line)
        {
            if (c < ' ' || c > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendClean(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\t':
                builder.Append("    ");
                return;
            case '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000':
                builder.Append(' ');
                return;
            case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                return;
            case '\uFFFE' or '\uFFFF':
                // Noncharacters (a byte-swapped BOM): .NET's normaliser refuses U+FFFE, so they read as replacement marks.
                builder.Append('\uFFFD');
                return;
            case '\u2010' or '\u2011' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D':
                builder.Append('-');
                return;
            case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032':
                builder.Append('\'');
                return;
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033':
                builder.Append('"');
                return;
        }

        if (char.IsSurrogate(c))
        {
            builder.Append('\uFFFD');
        }
        else if (!char.IsControl(c))
        {
            builder.Append(c);
        }
    }
}
