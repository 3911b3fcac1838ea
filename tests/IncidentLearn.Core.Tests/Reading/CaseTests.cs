using IncidentLearn.Core.Reading.Analysis;
using IncidentLearn.Core.Tests.Snapshots;

namespace IncidentLearn.Core.Tests.Reading;

/// <summary>
/// Every file in Cases/ is read and its analysis compared with the verified JSON beside it. File names say the
/// expected shape: "outline--certificate-expiry.txt" must be read as an outline.
/// </summary>
public sealed class CaseTests
{
    private static string CasesDirectory => Snapshot.InSource("tests", "IncidentLearn.Core.Tests", "Reading", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CasesDirectory).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CaseMatchesItsVerifiedAnalysis(string file)
    {
        var analysis = Analyze(file);
        Snapshot.Match(CasesDirectory, Path.GetFileNameWithoutExtension(file), AnalysisJson.Serialize(analysis));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CaseIsReadAsTheShapeItsNameSays(string file)
    {
        var expected = file[..file.IndexOf("--", StringComparison.Ordinal)];
        var analysis = Analyze(file);
        Assert.True(expected == analysis.Shape, $"Read as {analysis.Shape}, not {expected}. Warnings: {string.Join(" | ", analysis.Warnings)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CaseHasEveryStarPartAndNoDroppedLineInAnyField(string file)
    {
        var analysis = Analyze(file);
        if (analysis.Shape != "plain")
        {
            Assert.False(string.IsNullOrWhiteSpace(analysis.Star.Situation), "situation");
            Assert.False(string.IsNullOrWhiteSpace(analysis.Star.Task), "task");
            Assert.False(string.IsNullOrWhiteSpace(analysis.Star.Action), "action");
            Assert.False(string.IsNullOrWhiteSpace(analysis.Star.Result), "result");
        }

        foreach (var dropped in analysis.Dropped.Where(d => !d.Reason.StartsWith("repeats", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(FieldsText.Of(analysis), t => t.Contains(dropped.Text, StringComparison.Ordinal));
        }
    }

    private static AnalysisResult Analyze(string file) => AnalysisBuilder.Analyze(File.ReadAllText(Path.Combine(CasesDirectory, file)));
}
