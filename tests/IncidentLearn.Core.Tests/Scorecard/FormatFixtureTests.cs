using IncidentLearn.Core.Tests.Snapshots;
using IncidentLearn.Scorecard;

namespace IncidentLearn.Core.Tests.Scorecard;

/// <summary>
/// Every Reading/Formats/NAME.txt (or .md) with a NAME.expect.json beside it must score full marks on everything
/// its expectation names. Read from the source tree like Reading/Cases, so a fixture renamed or removed there is
/// gone here too instead of lingering in the build output.
/// </summary>
public sealed class FormatFixtureTests
{
    private static string FormatsDirectory => Snapshot.InSource("tests", "IncidentLearn.Core.Tests", "Reading", "Formats");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(FormatsDirectory))
        {
            foreach (var (name, _, _) in IncidentLearn.Scorecard.Scorecard.Find(FormatsDirectory))
            {
                data.Add(name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void FormatFixturesReadAsExpected(string name)
    {
        var (_, expectationPath, textPath) = IncidentLearn.Scorecard.Scorecard.Find(FormatsDirectory).Single(f => f.Name == name);
        Assert.True(textPath is not null, $"{name}{IncidentLearn.Scorecard.Scorecard.ExpectationSuffix} has no {name}.txt or {name}.md beside it.");

        var score = Scorer.Score(name, File.ReadAllText(textPath), ExpectationLoader.Load(expectationPath));
        var misses = string.Join("\n", score.Misses.Select(m => $"  {m.Field}: {m.Message}"));

        // The list of fixtures the reader does not yet read right only shrinks: a listed fixture that now reads
        // right must come off it, so progress is recorded and cannot slip back unnoticed.
        if (NotYetRead().Contains(name))
        {
            Assert.False(score.IsFullMarks, $"{name} now reads as expected: take it off {NotYetReadFile}.");
            return;
        }

        Assert.True(score.IsFullMarks, $"{name} read as {score.ReadShape} with {score.Misses.Count} miss(es):\n{misses}");
    }

    [Fact]
    public void EveryFixtureNotYetReadExists()
    {
        var names = IncidentLearn.Scorecard.Scorecard.Find(FormatsDirectory).Select(f => f.Name).ToHashSet();
        var missing = NotYetRead().Except(names).ToList();
        Assert.True(missing.Count == 0, $"{NotYetReadFile} names fixtures that do not exist: {string.Join(", ", missing)}");
    }

    private const string NotYetReadFile = "Reading/Formats/not-yet-read.txt";

    /// <summary>Fixtures whose misses are known and listed with the issue that tracks them (one name a line, "#" comments).</summary>
    private static HashSet<string> NotYetRead() =>
        File.ReadAllLines(Path.Combine(FormatsDirectory, "not-yet-read.txt"))
            .Select(l => l.Split('#')[0].Trim())
            .Where(l => l.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
}
