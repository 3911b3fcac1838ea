using BenchmarkDotNet.Attributes;
using IncidentLearn.Core.CanonicalFormat;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Benchmarks;

/// <summary>
/// Writing and reading one realistic record (about 5 KB of Markdown, a 20-row timeline).
/// </summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class CanonicalMarkdownBenchmarks
{
    private IncidentRecord record = null!;
    private string markdown = "";

    [GlobalSetup]
    public void Setup()
    {
        record = RealisticIncident.Build();
        markdown = CanonicalMarkdown.Write(record);
        if (!CanonicalMarkdown.Read(markdown).Succeeded)
            throw new InvalidOperationException("The benchmark record does not read back.");
    }

    [Benchmark]
    public string Write() => CanonicalMarkdown.Write(record);

    [Benchmark]
    public MarkdownReadResult Read() => CanonicalMarkdown.Read(markdown);
}
