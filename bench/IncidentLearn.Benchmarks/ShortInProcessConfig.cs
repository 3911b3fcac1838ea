using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace IncidentLearn.Benchmarks;

/// <summary>
/// The one job every suite runs: BenchmarkDotNet's short run, in-process, so a run neither builds a second copy
/// of the projects nor takes long on a 2-core machine. Figures are for notes, not for tests.
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
}
