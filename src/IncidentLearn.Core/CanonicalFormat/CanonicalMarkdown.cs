using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>Reads and writes the canonical Markdown format (docs/canonical-markdown.md).</summary>
public static class CanonicalMarkdown
{
    /// <summary>The record as the canonical file; the same record always gives the same text.</summary>
    public static string Write(IncidentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return CanonicalMarkdownWriter.Write(record);
    }

    /// <summary>Reads a canonical file. Never throws: whatever is wrong comes back as problems naming the field.</summary>
    public static MarkdownReadResult Read(string text)
    {
        try
        {
            return CanonicalMarkdownReader.Read(text ?? "");
        }
        catch (Exception ex)
        {
            // A last guard: a reader bug must reach the user as a problem, not as a failed request.
            return new MarkdownReadResult(null, [new MarkdownProblem(InternalErrorField, null, $"The file could not be read ({ex.GetType().Name}: {ex.Message}).")]);
        }
    }

    /// <summary>The field named by a problem that comes from a reader bug rather than from the file.</summary>
    public const string InternalErrorField = "document";
}

/// <summary>What reading a canonical file gave: a record, or the problems that stopped it (each naming the field).</summary>
public sealed record MarkdownReadResult(IncidentRecord? Record, IReadOnlyList<MarkdownProblem> Problems)
{
    public bool Succeeded => Record is not null && Problems.Count == 0;
}

/// <summary>One thing wrong with a canonical file: which field (or "frontMatter"), which line, and why.</summary>
public sealed record MarkdownProblem(string Field, int? Line, string Message);
