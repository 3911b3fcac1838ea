using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Tests.Snapshots;

namespace IncidentLearn.Core.Tests.Reading;

/// <summary>
/// The user's own five documents (../shared/seeds, with a README saying what a careful reader takes from each),
/// read as a user would; skipped when that folder is absent. What they read right here must stay right.
/// </summary>
public sealed class SeedsTests
{
    private static readonly string? SeedsDirectory = FindSeeds();

    [Theory]
    [InlineData("000_", "narrative")]
    [InlineData("001_", "star-labels")]
    [InlineData("002_", "outline")]
    [InlineData("003_", "time-log")]
    [InlineData("004_", "article")]
    public void EachSeedReadsAsItsShapeWithEveryStarPart(string prefix, string shape)
    {
        var (record, report) = Read(prefix);

        Assert.True(shape == report.Shape, $"Read as {report.Shape}, not {shape}. Warnings: {string.Join(" | ", report.Warnings)}");
        Assert.All(new[] { record.Star.Situation, record.Star.Task, record.Star.Action, record.Star.Result }, part => Assert.False(string.IsNullOrWhiteSpace(part)));
    }

    [Fact]
    public void TheEssaysFirstLineIsItsPromptNotItsTitle()
    {
        var (record, _) = Read("000_");

        Assert.StartsWith("Describe a creative solution", record.Prompt);
        Assert.DoesNotContain("fast-paced", record.Title, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(record.Lessons.Other.Concat(record.Lessons.WentWell).Concat(record.Lessons.WentWrong));
    }

    [Fact]
    public void TheLabelledAnswersProcessImprovementsAreActionItems()
    {
        var (record, _) = Read("001_");

        Assert.True(record.ActionItems.Count >= 3, $"{record.ActionItems.Count} action items: {string.Join(" | ", record.ActionItems.Select(a => a.Text))}");
        Assert.Contains(record.ActionItems, a => a.Text.Contains("DBA sign-off", StringComparison.Ordinal));
    }

    [Fact]
    public void TheQuizPagesEighteenQuestionsAreKeptOnceAndItsPreventiveMeasuresAreActionItems()
    {
        var (record, _) = Read("002_");

        Assert.Equal(18, record.Questions.Count);
        Assert.Equal(3, record.ActionItems.Count);
    }

    [Fact]
    public void TheTimeRangeLogHasItsElevenEntriesAndTheBlogFooterIsDropped()
    {
        var (record, report) = Read("003_");

        Assert.Equal(11, record.Timeline.Count);
        Assert.Contains(report.Dropped, d => d.Text.StartsWith("No comments", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TheRepublishedArticleKeepsItsTitleAndDropsThePublishersChrome()
    {
        var (record, report) = Read("004_");

        Assert.StartsWith("How a Midnight Migration", record.Title);
        Assert.Contains(report.Dropped, d => d.Text == "Sign in to view source");
        Assert.Contains(report.Dropped, d => d.Text.Contains("followers", StringComparison.Ordinal));
    }

    private static (IncidentLearn.Core.Incidents.IncidentRecord Record, ReadReport Report) Read(string prefix)
    {
        Assert.SkipWhen(SeedsDirectory is null, "The shared seeds folder (../shared/seeds) is not present.");
        var file = Directory.GetFiles(SeedsDirectory!, prefix + "*.txt").Single();
        var result = WriteupReader.Read(File.ReadAllText(file));
        return (result.Record, result.Report);
    }

    private static string? FindSeeds()
    {
        for (var directory = new DirectoryInfo(Snapshot.Root); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
