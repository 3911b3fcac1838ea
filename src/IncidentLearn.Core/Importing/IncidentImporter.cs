using IncidentLearn.Core.CanonicalFormat;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Reading.Shapes;

namespace IncidentLearn.Core.Importing;

/// <summary>
/// The one way text becomes a record, for `import`, POST /api/incidents/import and POST /api/analyze alike:
/// IncidentLearn's own canonical Markdown is read exactly; anything else goes to the write-up reader.
/// </summary>
public static class IncidentImporter
{
    public static ImportResult Read(string text)
    {
        var canonical = CanonicalMarkdown.Read(text);
        if (canonical.Succeeded)
        {
            return new ImportResult(canonical.Record, new ReadReport { Shape = ShapeNames.Postmortem, Score = 1 }, [], ReadAsCanonical: true);
        }

        // Broken YAML means the author meant structured front matter: say where it breaks rather than guess.
        if (canonical.Problems.Any(p => p.Field == "frontMatter"))
        {
            return new ImportResult(null, new ReadReport(), canonical.Problems, ReadAsCanonical: false);
        }

        var read = WriteupReader.Read(text);
        if (LooksCanonical(text))
        {
            var reasons = string.Join("; ", canonical.Problems.Take(3).Select(p => p.Line is { } line ? $"line {line}: {p.Message}" : p.Message));
            read.Report.Warnings.Insert(0, $"This looks like IncidentLearn's canonical Markdown but could not be read as it ({reasons}); it was read as a {read.Report.Shape} write-up instead.");
        }

        return new ImportResult(read.Record, read.Report, [], ReadAsCanonical: false);
    }

    private static bool LooksCanonical(string text) =>
        text.StartsWith("---", StringComparison.Ordinal) && text.Contains("\n## ", StringComparison.Ordinal);
}

/// <summary>A record with the report of how it was read, or the problems that stopped it (each naming the field and line).</summary>
public sealed record ImportResult(IncidentRecord? Record, ReadReport Report, IReadOnlyList<MarkdownProblem> Problems, bool ReadAsCanonical)
{
    public bool Succeeded => Record is not null;
}
