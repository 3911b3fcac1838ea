using System.Globalization;
using System.Text;

namespace IncidentLearn.Cli.Hosting;

/// <summary>Safe, readable file names from titles ("Checkout: 5xx at 14:00!" → "checkout-5xx-at-14-00.md"), never the same twice in one run.</summary>
public sealed class FileNamer(string folder)
{
    private const int MaxStemLength = 80;

    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    public string Next(string title, string extension)
    {
        var stem = Slug(title);
        var name = stem + extension;
        // Only names given in this run are avoided: exporting again into the same folder overwrites, so names stay stable.
        for (var n = 2; !used.Add(name); n++)
        {
            name = $"{stem}-{n}{extension}";
        }

        return Path.Combine(folder, name);
    }

    public static string Slug(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        if (text.Length > MaxStemLength)
        {
            text = text[..MaxStemLength].TrimEnd('-');
        }

        return text.Length == 0 ? "incident" : text;
    }
}
