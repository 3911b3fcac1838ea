using System.Text;
using BenchmarkDotNet.Attributes;
using IncidentLearn.Core.Reading.Analysis;

namespace IncidentLearn.Benchmarks;

/// <summary>Analysing write-ups of 5 KB, 100 KB and 1 MB: the time should grow in step with the size.</summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private string text = "";

    [Params(5 * 1024, 100 * 1024, 1024 * 1024)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup() => text = ReadingBenchmarkText.Make(Bytes);

    [Benchmark]
    public AnalysisResult Analyze() => AnalysisBuilder.Analyze(text);
}

/// <summary>A messy post-mortem-like write-up of the requested size: labels, a timeline, chrome and figures with narrow spaces.</summary>
internal static class ReadingBenchmarkText
{
    private const string Head =
        "Model answer\n\nS \u2013 Situation: Our team ran the nightly billing export for about 4,000 customers; it failed at 02:10 with an out\u2011of\u2011memory error.\n\n" +
        "T \u2013 Task: As on-call I owned getting the export green before Monday without changing invoice totals.\n\n" +
        "A \u2014 Action: I pulled the heap dumps and saw a customer with 1.2 million line items loaded at once.\n";

    private const string Body =
        "I rewrote the path to stream rows in pages of 10\u202F000 and compared totals for every customer; they matched to the cent.\n" +
        "22:00\u201322:15 (15 minutes): Everyone joined the call and confirmed the checklist.\n" +
        "Share this article\n" +
        "We kept finance updated every four hours and peak memory dropped from 14 GB to 900 MB.\n\n";

    private const string Tail = "R \u2013 Result: The run finished in 41 minutes and all 4,012 invoices went out on time.\n\nSign in to comment\n0 comments\n";

    public static string Make(int bytes)
    {
        var builder = new StringBuilder(bytes + Body.Length);
        builder.Append(Head);
        var size = Encoding.UTF8.GetByteCount(Head) + Encoding.UTF8.GetByteCount(Tail);
        var bodySize = Encoding.UTF8.GetByteCount(Body);
        for (; size + bodySize <= bytes; size += bodySize)
        {
            builder.Append(Body);
        }

        return builder.Append(Tail).ToString();
    }
}
