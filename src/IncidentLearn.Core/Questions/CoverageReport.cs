using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Questions;

/// <summary>For each competency of the bank: the story that covers it best, or none yet.</summary>
public sealed record CoverageReport(IReadOnlyList<CompetencyCoverage> Competencies, double CoveredAtScore)
{
    /// <summary>A story scoring below this for every question of a competency does not cover it.</summary>
    public const double DefaultCoveredAt = 0.5;

    public IReadOnlyList<string> Uncovered => Competencies.Where(c => !c.Covered).Select(c => c.CompetencyId).ToList();

    /// <summary>Reads records one at a time and keeps only the best per competency, so many records never sit in memory together.</summary>
    public static CoverageReport Build(QuestionMatcher matcher, IEnumerable<IncidentRecord> records, double coveredAt = DefaultCoveredAt)
    {
        var best = new Dictionary<string, (IncidentRecord Record, QuestionMatch Match)>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var match in matcher.MatchAll(record).GroupBy(m => m.CompetencyId).Select(g => g.First()))
            {
                if (!best.TryGetValue(match.CompetencyId, out var current) || match.Score > current.Match.Score)
                {
                    best[match.CompetencyId] = (record, match);
                }
            }
        }

        var rows = matcher.Bank.Competencies.Select(c =>
        {
            if (best.TryGetValue(c.Id, out var b) && b.Match.Score >= coveredAt)
            {
                return new CompetencyCoverage(c.Id, c.Name, true, b.Record.Id, b.Record.Title, b.Match.Question, b.Match.Score, b.Match.Reason);
            }

            return new CompetencyCoverage(c.Id, c.Name, false, null, null, null, best.TryGetValue(c.Id, out var weak) ? weak.Match.Score : null, null);
        }).ToList();
        return new CoverageReport(rows, coveredAt);
    }
}

/// <summary>One competency's row: covered or not, and by which story and question (Score is the best seen even when too low).</summary>
public sealed record CompetencyCoverage(
    string CompetencyId,
    string Competency,
    bool Covered,
    Guid? BestStoryId,
    string? BestStoryTitle,
    string? BestQuestion,
    double? Score,
    string? Reason);
