using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>
/// A file cut into its parts by Markdig's AST: the front matter, and the top-level headings of levels 1 to 3
/// with the line ranges between them. Bodies are sliced from the raw lines, never rendered, so nothing in them
/// is reinterpreted; deeper headings are just body text.
/// </summary>
internal sealed class MarkdownOutline
{

    private readonly string[] lines;

    private MarkdownOutline(string[] lines, int bodyStart, int frontMatterLine, int frontMatterEnd, IReadOnlyList<OutlineHeading> headings)
    {
        this.lines = lines;
        BodyStart = bodyStart;
        FrontMatterLine = frontMatterLine;
        FrontMatterEnd = frontMatterEnd;
        Headings = headings;
    }

    /// <summary>Index of the first line after the front matter (0 when there is none).</summary>
    public int BodyStart { get; }

    /// <summary>Index of the opening fence line, or -1 when the file has no closed front matter.</summary>
    public int FrontMatterLine { get; }

    /// <summary>Index one past the last YAML line.</summary>
    public int FrontMatterEnd { get; }

    public int LineCount => lines.Length;

    /// <summary>Top-level headings of levels 1 to 3, in file order.</summary>
    public IReadOnlyList<OutlineHeading> Headings { get; }

    /// <summary>Lines [from, to) with their 1-based numbers.</summary>
    public List<SourceLine> Slice(int from, int to)
    {
        var slice = new List<SourceLine>(Math.Max(0, to - from));
        for (var i = Math.Max(0, from); i < Math.Min(to, lines.Length); i++)
            slice.Add(new SourceLine(i + 1, lines[i]));
        return slice;
    }

    /// <summary>Splits text whose line endings are already LF.</summary>
    public static MarkdownOutline Parse(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length > 1 && lines[^1].Length == 0)
            lines = lines[..^1];
        var lineStarts = LineStarts(text);

        var document = Markdig.Markdown.Parse(text, Text.MarkdigPipeline.Instance);
        var bodyStart = 0;
        var frontMatterLine = -1;
        var frontMatterEnd = -1;
        if (document.Count > 0 && document[0] is YamlFrontMatterBlock yaml)
        {
            frontMatterLine = yaml.Line;
            frontMatterEnd = Math.Min(yaml.Line + 1 + yaml.Lines.Count, lines.Length);
            bodyStart = Math.Min(frontMatterEnd + 1, lines.Length);
        }

        var headings = new List<OutlineHeading>();
        foreach (var block in document.OfType<HeadingBlock>())
        {
            if (block.Level > 3 || block.Line < bodyStart || block.Line >= lines.Length)
                continue;

            var lastLine = Math.Clamp(LineOfOffset(lineStarts, block.Span.End), block.Line, lines.Length - 1);
            headings.Add(new OutlineHeading(block.Level, HeadingText(block, lines, lastLine), block.Line, lastLine + 1));
        }

        return new MarkdownOutline(lines, bodyStart, frontMatterLine, frontMatterEnd, headings);
    }

    private static string HeadingText(HeadingBlock block, string[] lines, int lastLine)
    {
        if (block.IsSetext)
        {
            var content = Enumerable.Range(block.Line, Math.Max(0, lastLine - block.Line)).Select(i => lines[i].Trim(' ', '\t'));
            return string.Join(' ', content);
        }

        var line = lines[block.Line].TrimStart(' ', '\t');
        var hashes = Math.Min(block.Level, line.Length);
        return MarkdownEscaping.UnescapeHeading(line[hashes..].Trim(' ', '\t'));
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                starts.Add(i + 1);
        }

        return starts;
    }

    private static int LineOfOffset(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }
}

/// <summary>A top-level heading: level, text (escapes undone), the index of its line and of the first line after it.</summary>
internal sealed record OutlineHeading(int Level, string Text, int Line, int BodyStart);
