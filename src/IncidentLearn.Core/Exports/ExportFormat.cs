namespace IncidentLearn.Core.Exports;

/// <summary>What an incident can be exported as; the wire names are "pdf", "md", "share-md", "apkg" and "study-pack".</summary>
public enum ExportFormat
{
    Pdf,
    Markdown,
    ShareMarkdown,
    Apkg,

    /// <summary>A PDF of STAR stories and flashcards for practice; many incidents make one pack.</summary>
    StudyPack,
}

public static class ExportFormats
{
    public static IReadOnlyList<ExportFormat> All { get; } = Enum.GetValues<ExportFormat>();

    public static string WireName(this ExportFormat format) => format switch
    {
        ExportFormat.Pdf => "pdf",
        ExportFormat.Markdown => "md",
        ExportFormat.ShareMarkdown => "share-md",
        ExportFormat.StudyPack => "study-pack",
        _ => "apkg",
    };

    /// <summary>Reads a wire name (any case); false for anything else, so callers can list the valid ones.</summary>
    public static bool TryParse(string? text, out ExportFormat format)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(text?.Trim(), candidate.WireName(), StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>"md, pdf, share-md or apkg" style list for error messages.</summary>
    public static string Choices => string.Join(", ", All.Select(f => f.WireName()));

    /// <summary>The file extension with its dot; the share variant is marked so it never overwrites the canonical file.</summary>
    public static string Extension(this ExportFormat format) => format switch
    {
        ExportFormat.Pdf => ".pdf",
        ExportFormat.Markdown => ".md",
        ExportFormat.ShareMarkdown => ".share.md",
        ExportFormat.StudyPack => ".study-pack.pdf",
        _ => ".apkg",
    };

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Pdf or ExportFormat.StudyPack => "application/pdf",
        ExportFormat.Apkg => "application/octet-stream",
        _ => "text/markdown; charset=utf-8",
    };
}
