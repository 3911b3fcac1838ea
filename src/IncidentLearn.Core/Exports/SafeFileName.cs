using System.Globalization;
using System.Text;

namespace IncidentLearn.Core.Exports;

/// <summary>
/// Safe, readable file names from titles: "Checkout: 5xx at 14:00!" becomes "checkout-5xx-at-14-00". Accents are
/// folded, anything else becomes one hyphen, so the name works on every file system and in a zip on any OS.
/// </summary>
public static class SafeFileName
{
    public const int MaxStemLength = 80;
    public const string Fallback = "incident";

    public static string Slug(string? title)
    {
        var decomposed = (title ?? "").Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch { 'ß' => "ss", 'æ' or 'Æ' => "ae", 'ø' or 'Ø' => "o", 'ł' or 'Ł' => "l", 'đ' or 'Đ' => "d", _ => null };
            if (folded is not null)
            {
                slug.Append(folded);
            }
            else if (char.IsAsciiLetterOrDigit(c))
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

        return text.Length == 0 ? Fallback : text;
    }

    /// <summary>The slug with the format's extension: "postgres-primary-out-of-disk.pdf".</summary>
    public static string For(string? title, ExportFormat format) => Slug(title) + format.Extension();
}

/// <summary>Hands out names that never repeat within one export ("a.md", "a-2.md"), ignoring case as Windows and macOS do.</summary>
public sealed class UniqueFileNames
{
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    public string Next(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var (stem, extension) = dot > 0 ? (name[..dot], name[dot..]) : (name, "");
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{stem}-{n}{extension}";
        }

        return candidate;
    }
}
