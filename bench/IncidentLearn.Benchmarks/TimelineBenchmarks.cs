using BenchmarkDotNet.Attributes;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Benchmarks;

/// <summary>
/// A 10 000-event log of times of day over about a week: day inference, cue words, overlaps and gaps all busy.
/// Texts either repeat six lines (as a bot-written log does) or are all different (as people write them), since
/// kinds are inferred once per distinct text.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class TimelineBenchmarks
{
    private readonly TimelineAnalyzer analyzer = new();
    private IncidentRecord record = new();
    private TimelineAnalysis analysis = null!;

    [Params(10_000)]
    public int Events { get; set; }

    [Params(false, true)]
    public bool DistinctTexts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string[] texts = ["Waiting on the vendor to call back.", "Rolled back the deploy.", "Found the bad config.", "Status page updated.", "Copied the data.", "Alert fired for the API."];
        var random = new Random(42);
        record = new IncidentRecord { Title = "bench", TimeZone = "Europe/Berlin", Date = new DateOnly(2024, 3, 25) };
        var minute = 9 * 60;
        for (var i = 0; i < Events; i++)
        {
            minute += random.Next(0, 3);
            var length = random.Next(0, 8);
            record.Timeline.Add(new TimelineEvent
            {
                Start = i % 50 == 7 ? $"around {Clock(minute)}" : Clock(minute),
                End = length == 0 ? null : Clock(minute + length),
                StatedDuration = length == 0 ? null : $"{length + (i % 13 == 0 ? 5 : 0)} minutes",
                Text = DistinctTexts ? $"{texts[i % texts.Length]} Step {i} of the {record.Title} runbook." : texts[i % texts.Length],
            });
        }

        analysis = analyzer.Analyze(record);
    }

    [Benchmark]
    public TimelineAnalysis Analyze() => analyzer.Analyze(record);

    [Benchmark]
    public TimelineReport AnalyzeAndBuildReport() => TimelineReportBuilder.Build(analyzer.Analyze(record));

    [Benchmark]
    public TimelineLayout Layout() => TimelineLayoutBuilder.Build(analysis);

    private static string Clock(int minute) => $"{minute / 60 % 24:00}:{minute % 60:00}";
}
