using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Tests.Snapshots;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Tests.Timelines;

/// <summary>Each Cases/*.record.json is analysed and its report compared with the reviewed *.verified.json beside it.</summary>
public sealed class TimelineCaseTests
{
    private static string CasesDirectory { get; } = Snapshot.CasesBeside();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CasesDirectory, "*.record.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".record.json".Length]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachCaseReportMatchesItsReviewedSnapshot(string name)
    {
        var record = Load(name);

        var report = TimelineReportBuilder.Build(new TimelineAnalyzer().Analyze(record));

        Snapshot.MatchBeside(name, TimelineReportBuilder.ToJson(report));
    }

    internal static IncidentRecord Load(string name) =>
        IncidentJson.Deserialize(File.ReadAllText(Path.Combine(CasesDirectory, $"{name}.record.json")));
}
