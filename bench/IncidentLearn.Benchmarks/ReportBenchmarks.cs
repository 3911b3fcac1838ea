using BenchmarkDotNet.Attributes;
using IncidentLearn.Core;
using IncidentLearn.Core.CanonicalFormat;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Pdf;
using IncidentLearn.Core.Reports;
using IncidentLearn.Core.Stories;

namespace IncidentLearn.Benchmarks;

/// <summary>
/// Incident report PDFs from the sample incidents: one four-page report (goal: under 30 ms median) laid out from its
/// model and built from its record, and 100 reports from records (goal: under 3 s).
/// </summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private IncidentReportBuilder builder = null!;
    private List<IncidentRecord> samples = [];
    private IncidentRecord fourPages = null!;
    private IncidentReportModel fourPageModel = null!;

    [GlobalSetup]
    public void Setup()
    {
        builder = new IncidentReportBuilder(new TemplateSource());
        var folder = Path.Combine(ProjectFolders.Find("content"), "incidents");
        samples = [.. Directory.GetFiles(folder, "*.md").Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => CanonicalMarkdown.Read(File.ReadAllText(f)).Record).OfType<IncidentRecord>()];
        fourPages = samples.Single(r => r.Title.StartsWith("Duplicate card charges", StringComparison.Ordinal));
        fourPageModel = builder.Build(fourPages);
        var pages = new IncidentReportDocument(fourPageModel).Render().PageCount;
        if (pages != 4)
        {
            throw new InvalidOperationException($"The benchmark report should have four pages; it has {pages}.");
        }
    }

    [Benchmark(Baseline = true)]
    public int FourPageReportFromModel() => new IncidentReportDocument(fourPageModel).Render().Bytes.Length;

    [Benchmark]
    public int FourPageReportFromRecord() => new IncidentReportDocument(builder.Build(fourPages)).Render().Bytes.Length;

    [Benchmark]
    public long HundredReportsFromRecords()
    {
        long bytes = 0;
        for (var i = 0; i < 100; i++)
        {
            bytes += new IncidentReportDocument(builder.Build(samples[i % samples.Count])).Render().Bytes.Length;
        }

        return bytes;
    }
}
