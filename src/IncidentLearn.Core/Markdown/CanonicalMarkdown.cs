using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Markdown;

/// <summary>Reads and writes the canonical Markdown format (docs/canonical-markdown.md).</summary>
public static class CanonicalMarkdown
{
    public static string Write(IncidentRecord record) => throw new NotImplementedException();

    public static MarkdownReadResult Read(string text) => throw new NotImplementedException();
}

/// <summary>What reading a canonical file gave: a record, or the problems that stopped it (each naming the field).</summary>
public sealed record MarkdownReadResult(IncidentRecord? Record, IReadOnlyList<MarkdownProblem> Problems)
{
    public bool Succeeded => Record is not null && Problems.Count == 0;
}

/// <summary>One thing wrong with a canonical file: which field (or "frontMatter"), which line, and why.</summary>
public sealed record MarkdownProblem(string Field, int? Line, string Message);
