using BenchmarkDotNet.Attributes;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Markdown;

namespace IncidentLearn.Benchmarks;

/// <summary>
/// Writing and reading one realistic record (about 5 KB of Markdown, a 20-row timeline). Run with
/// <c>dotnet run -c Release --project bench/IncidentLearn.Benchmarks -- --filter '*CanonicalMarkdown*' --job short --inProcess</c>
/// (in-process, so a run does not build a second copy of the projects on a shared machine).
/// </summary>
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
