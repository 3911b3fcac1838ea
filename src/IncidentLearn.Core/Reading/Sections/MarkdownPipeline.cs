using Markdig;

namespace IncidentLearn.Core.Reading.Sections;

/// <summary>The one Markdig pipeline the reader uses: CommonMark plus pipe tables and YAML front matter.</summary>
public static class MarkdownPipeline
{
    public static Markdig.MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .Build();
}
