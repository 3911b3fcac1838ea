using IncidentLearn.Core.Reading.Analysis;
using IncidentLearn.Core.Tests.Snapshots;

namespace IncidentLearn.Core.Tests.Reading;

/// <summary>The shared examples in ../shared/examples, read as a user would; skipped when that folder is absent.</summary>
public sealed class ExamplesTests
{
    private static readonly string? ExamplesDirectory = FindExamples();

    public static TheoryData<string, string> Examples() => new()
    {
        { "star-labels.txt", "star-labels" },
        { "narrative.md", "narrative" },
        { "outline.txt", "outline" },
        { "time-log.txt", "time-log" },
        { "chat-log.txt", "chat-log" },
        { "article.txt", "article" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void SharedExampleIsReadAsItsShapeWithEveryStarPartAndNoChrome(string file, string shape)
    {
        Assert.SkipWhen(ExamplesDirectory is null, "The shared examples folder (../shared/examples) is not present.");
        var analysis = AnalysisBuilder.Analyze(File.ReadAllText(Path.Combine(ExamplesDirectory!, file)));

        Assert.True(shape == analysis.Shape, $"Read as {analysis.Shape}, not {shape}. Warnings: {string.Join(" | ", analysis.Warnings)}");
        Assert.All(new[] { analysis.Star.Situation, analysis.Star.Task, analysis.Star.Action, analysis.Star.Result }, part => Assert.False(string.IsNullOrWhiteSpace(part)));
        foreach (var dropped in analysis.Dropped.Where(d => d.Kind != IncidentLearn.Core.Reading.Noise.DropKind.Repeat))
        {
            Assert.DoesNotContain(FieldsText.Of(analysis), text => text.Contains(dropped.Text, StringComparison.Ordinal));
        }
    }

    private static string? FindExamples()
    {
        for (var directory = new DirectoryInfo(Snapshot.Root); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "examples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
