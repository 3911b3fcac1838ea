using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Questions;
using IncidentLearn.Core.Tests.Stories;

namespace IncidentLearn.Core.Tests.Questions;

public sealed class QuestionMatcherTests
{
    private static readonly QuestionBank Bank = QuestionBank.Load();
    private static readonly QuestionMatcher Matcher = new(Bank);

    [Fact]
    public void TheBankHoldsEightyFourQuestionsInFourteenCompetencies()
    {
        Assert.Equal(14, Bank.Competencies.Count);
        Assert.Equal(84, Bank.AllQuestions.Count());
    }

    [Fact]
    public void ANightPageRanksTheOutOfHoursQuestionFirst()
    {
        var record = new IncidentRecord
        {
            Title = "Paged at night for a full disk",
            Summary = "I was paged at 3 a.m. on a weekend when the primary database ran out of disk.",
            AuthorRole = "On-call engineer",
            Timeline = [new() { Start = "03:02", Text = "Paged by the disk alert; acknowledged from bed." }],
        };

        var top = Matcher.Match(record)[0];

        Assert.Equal("working-under-pressure-1", top.QuestionId);
        Assert.Contains("\"paged\"", top.Reason);
        Assert.InRange(top.Score, 0.5, 1);
    }

    [Fact]
    public void ADisagreementAboutTheFixRanksTheConflictQuestionFirst()
    {
        var record = new IncidentRecord
        {
            Title = "Rollback or fix forward",
            Summary = "A teammate and I disagreed about the fix: he wanted to roll back, I wanted a flag. We argued it out on a call and reached a compromise.",
            Lessons = new Lessons { WentWell = ["The disagreement stayed about the approach, not the people."] },
        };

        Assert.Equal("conflict-1", Matcher.Match(record)[0].QuestionId);
    }

    [Fact]
    public void APromptTheAuthorAnsweredWinsOutright()
    {
        var record = SampleIncidents.Load("postgres-wal-disk-full");
        record.Prompt = "Tell me about a time you strongly disagreed with a teammate about how to fix a problem.";

        var top = Matcher.Match(record)[0];

        Assert.Equal("conflict-1", top.QuestionId);
        Assert.StartsWith("The record says it answers this question", top.Reason);
    }

    [Fact]
    public void CoverageNamesTheBestStoryPerCompetencyAndTheCompetenciesWithNone()
    {
        var records = new[] { "postgres-wal-disk-full", "mobile-release-crash-on-upgrade" }.Select(SampleIncidents.Load).ToList();

        var report = CoverageReport.Build(Matcher, records);

        Assert.Equal(14, report.Competencies.Count);
        var pressure = report.Competencies.Single(c => c.CompetencyId == "working-under-pressure");
        Assert.True(pressure.Covered);
        Assert.Contains(pressure.BestStoryTitle, records.Select(r => r.Title));
        Assert.NotEmpty(report.Uncovered);
        Assert.All(report.Competencies.Where(c => !c.Covered), c => Assert.Null(c.BestStoryId));
        Assert.DoesNotContain(CoverageReport.Build(Matcher, []).Competencies, c => c.Covered);
    }
}
