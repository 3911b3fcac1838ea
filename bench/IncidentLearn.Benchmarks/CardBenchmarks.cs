using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Benchmarks;

/// <summary>Cards for a whole collection: the distractor index is built once, then every incident's deck.</summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class CardBenchmarks
{
    private List<IncidentRecord> incidents = [];

    [Params(1_000)]
    public int Incidents { get; set; }

    [GlobalSetup]
    public void Setup() => incidents = CardBenchmarkIncidents.Make(Incidents);

    [Benchmark]
    public int CardsForEveryIncident()
    {
        var index = DistractorIndex.Build(incidents);
        var total = 0;
        foreach (var record in incidents)
        {
            total += CardGenerator.Generate(record, index).Count;
        }

        return total;
    }

    [Benchmark]
    public int CardsWithoutTimeline()
    {
        var index = DistractorIndex.Build(incidents);
        var options = CardOptions.Default with { Kinds = new HashSet<CardKind> { CardKind.Qa, CardKind.Cloze, CardKind.Choice } };
        var total = 0;
        foreach (var record in incidents)
        {
            total += CardGenerator.Generate(record, index, options).Count;
        }

        return total;
    }

    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
