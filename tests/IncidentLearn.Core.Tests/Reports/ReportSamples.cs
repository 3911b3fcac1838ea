using IncidentLearn.Core.CanonicalFormat;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reports;
using IncidentLearn.Core.Stories;

namespace IncidentLearn.Core.Tests.Reports;

/// <summary>The sample incidents read through the real canonical Markdown reader, and one shared report builder.</summary>
internal static class ReportSamples
{
    public static TemplateSource Templates { get; } = new();

    public static IncidentReportBuilder Builder { get; } = new(Templates);

    public static string Folder => Path.Combine(ProjectFolders.Find("content"), "incidents");

    public static IReadOnlyList<string> Slugs => [.. Directory.GetFiles(Folder, "*.md")
        .Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(s => s != "README").Order(StringComparer.Ordinal)];

    public static IncidentRecord Load(string slug)
    {
        var result = CanonicalMarkdown.Read(File.ReadAllText(Path.Combine(Folder, slug + ".md")));
        return result.Record ?? throw new InvalidOperationException($"{slug}: {string.Join("; ", result.Problems.Select(p => p.Message))}");
    }

    public static IReadOnlyList<IncidentRecord> All() => [.. Slugs.Select(Load)];

    /// <summary>Where tests leave the files they made, for a person to open.</summary>
    public static string OutputFolder()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "rendered");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
