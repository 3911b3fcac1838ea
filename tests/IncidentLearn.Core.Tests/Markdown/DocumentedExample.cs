namespace IncidentLearn.Core.Tests.Markdown;

/// <summary>The full example in docs/canonical-markdown.md, read from the doc itself so the two cannot drift.</summary>
internal static class DocumentedExample
{
    private const string Opening = "````markdown\n";
    private const string Closing = "````";

    public static string Text { get; } = Load();

    private static string Load()
    {
        var doc = File.ReadAllText(FindDoc()).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = doc.IndexOf(Opening, StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/canonical-markdown.md has no ````markdown example block.");
        start += Opening.Length;
        var end = doc.IndexOf("\n" + Closing, start, StringComparison.Ordinal);
        Assert.True(end >= 0, "The example block in docs/canonical-markdown.md is not closed.");
        return doc[start..(end + 1)];
    }

    private static string FindDoc()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "canonical-markdown.md");
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException("docs/canonical-markdown.md was not found above the test's directory.");
    }
}
