using Markdig;

namespace IncidentLearn.Core.Text;

/// <summary>
/// The one Markdig pipeline of the code base: CommonMark plus pipe tables and YAML front matter. The reader
/// and the canonical format parse with it, so both see the same tree for the same text.
/// </summary>
public static class MarkdigPipeline
{
    public static MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .Build();
}
