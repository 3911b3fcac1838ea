using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace IncidentLearn.Core.Pdf;

/// <summary>
/// Resolves every family the documents use to the DejaVu TrueType files (wide Latin, Greek and Cyrillic coverage).
/// The folder is /usr/share/fonts/truetype/dejavu unless INCIDENTLEARN_FONTS names another.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Sans = "DejaVu Sans";
    public const string Mono = "DejaVu Sans Mono";
    public const string FontsVariable = "INCIDENTLEARN_FONTS";

    private const string DefaultFolder = "/usr/share/fonts/truetype/dejavu";

    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    public static DejaVuFontResolver Instance { get; } = new();

    public string Folder { get; } = Environment.GetEnvironmentVariable(FontsVariable) is { Length: > 0 } configured ? configured : DefaultFolder;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var mono = familyName.Contains("Mono", StringComparison.OrdinalIgnoreCase);
        var stem = mono ? "DejaVuSansMono" : "DejaVuSans";
        var face = stem + (bold, italic) switch
        {
            (true, true) => "-BoldOblique",
            (true, false) => "-Bold",
            (false, true) => "-Oblique",
            _ => "",
        };
        return new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName) => files.GetOrAdd(faceName, Load);

    private byte[] Load(string faceName)
    {
        var path = Path.Combine(Folder, faceName + ".ttf");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The font file {path} is missing. Install fonts-dejavu or set {FontsVariable} to a folder holding the DejaVu .ttf files.", path);
        }

        return File.ReadAllBytes(path);
    }
}
