using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Reading.Analysis;

namespace IncidentLearn.Scorecard;

/// <summary>
/// Scores one read against one expectation, field by field, as counts for precision and recall. Only what the
/// expectation names is scored; the rules are in EXPECTATIONS.md.
/// </summary>
public static class Scorer
{
    private const double TitleWordShare = 0.6;

    public static DocumentScore Score(string name, string text, Expectation expectation) =>
        Score(name, WriteupReader.Read(text), expectation);

    public static DocumentScore Score(string name, ReadResult read, Expectation expectation)
    {
        var (record, report) = read;
        var score = new DocumentScore(name, report.Shape);

        if (expectation.Title is { Count: > 0 } titles)
        {
            ScoreTitle(titles, record.Title, score);
        }

        if (expectation.Shape is { Count: > 0 } shapes)
        {
            var correct = shapes.Contains(report.Shape, StringComparer.OrdinalIgnoreCase);
            score.Add("shape", FieldCounts.Single(given: true, correct));
            if (!correct)
            {
                score.Miss("shape", $"read as {report.Shape}, expected {string.Join(" or ", shapes)}");
            }
        }

        if (expectation.Events is { } events)
        {
            EventScorer.Score(events, record.Timeline, score);
        }

        if (expectation.Fields is { } fields)
        {
            foreach (var field in ScoredFields.Names)
            {
                ScoreField(field, ScoredFields.Expected(fields, field), ScoredFields.Read(record, report.Drafted, field), score);
            }
        }

        if (expectation.Sections is { } sections)
        {
            SectionScorer.Score(sections, record, report.Drafted, score);
        }

        if (expectation.ActionItems is { } items)
        {
            ActionItemScorer.Score(items, record.ActionItems, score);
        }

        if (expectation.Zone is { Length: > 0 } zone)
        {
            var correct = string.Equals(zone.Trim(), record.TimeZone?.Trim(), StringComparison.OrdinalIgnoreCase);
            score.Add("zone", FieldCounts.Single(record.TimeZone is not null, correct));
            if (!correct)
            {
                score.Miss("zone", $"expected {zone}, read {record.TimeZone ?? "none"}");
            }
        }

        if (expectation.Figures is { } figures)
        {
            FigureScorer.Score(figures, AnalysisBuilder.Build(read).Timeline, report.Numbers, score);
        }

        if (expectation.Chrome is { } chrome)
        {
            ChromeFinder.Score(chrome, record, score);
        }

        return score;
    }

    /// <summary>Right when at least 60 % of one accepted title's content words are in the read title.</summary>
    public static bool TitleMatches(string accepted, string? read)
    {
        var wanted = TextFolding.ContentWords(accepted);
        var have = TextFolding.Words(read).ToHashSet();
        return wanted.Count > 0 && wanted.Count(have.Contains) >= TitleWordShare * wanted.Count;
    }

    private static void ScoreTitle(IReadOnlyList<string> titles, string? read, DocumentScore score)
    {
        var given = !string.IsNullOrWhiteSpace(read);
        var correct = titles.Any(t => TitleMatches(t, read));
        score.Add("title", FieldCounts.Single(given, correct));
        if (!correct)
        {
            score.Miss("title", given ? $"read {Quote.Of(read)}, expected {Quote.Of(titles[0])}" : $"no title read, expected {Quote.Of(titles[0])}");
        }
    }

    // Filled with the wrong content is both a miss and a false answer; filled when a careful reader would leave it empty is a false answer.
    private static void ScoreField(string field, string? expected, string? read, DocumentScore score)
    {
        var filled = !string.IsNullOrWhiteSpace(read);
        var wanted = !string.IsNullOrWhiteSpace(expected);
        if (!filled && !wanted)
        {
            return;
        }

        var right = filled && wanted && TextFolding.ContainsPhrase(read, expected!);
        score.Add(field, new FieldCounts(right ? 1 : 0, filled && !right ? 1 : 0, wanted && !right ? 1 : 0));
        if (right)
        {
            return;
        }

        score.Miss(field, (filled, wanted) switch
        {
            (true, true) => $"expected {Quote.Of(expected)}, read {Quote.Of(read)}",
            (false, _) => $"expected {Quote.Of(expected)}, left empty",
            _ => $"filled but a careful reader leaves it empty: {Quote.Of(read)}",
        });
    }
}
