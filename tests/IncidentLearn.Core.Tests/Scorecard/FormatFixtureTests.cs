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

    // Until the first fixture lands the theory has no rows; xUnit v3 would fail an empty theory, so it reports a skip instead.
    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(Fixtures))]
    public void FormatFixturesReadAsExpected(string name)
    {
        var (_, expectationPath, textPath) = IncidentLearn.Scorecard.Scorecard.Find(FormatsDirectory).Single(f => f.Name == name);
        Assert.True(textPath is not null, $"{name}{IncidentLearn.Scorecard.Scorecard.ExpectationSuffix} has no {name}.txt or {name}.md beside it.");

        var score = Scorer.Score(name, File.ReadAllText(textPath), ExpectationLoader.Load(expectationPath));

        Assert.True(score.IsFullMarks, $"{name} read as {score.ReadShape} with {score.Misses.Count} miss(es):\n" + string.Join("\n", score.Misses.Select(m => $"  {m.Field}: {m.Message}")));
    }
}
