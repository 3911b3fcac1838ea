using System.Globalization;
using IncidentLearn.Core.Text;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Scorecard;

/// <summary>
/// Key figures against what the read can state: the impact's length from the timeline's time to resolve or
/// mitigate, or a duration the text states (within ±2 minutes); impact start and end from the timeline's
/// milestones, by clock digits (end is the resolved milestone, or mitigated, whichever agrees).
/// </summary>
public static class FigureScorer
{
    private const double DurationTolerance = 2;

    public static void Score(ExpectedFigures expected, TimelineReport timeline, IReadOnlyList<NumberMention> numbers, DocumentScore score)
    {
        if (expected.DurationMinutes is { } minutes)
        {
            var candidates = new[] { timeline.Metrics.TimeToResolve, timeline.Metrics.TimeToMitigate }
                .OfType<double>()
                .Concat(numbers.Select(StatedMinutes).OfType<double>())
                .ToList();
            var correct = candidates.Any(c => Math.Abs(c - minutes) <= DurationTolerance);
            Judge("durationMinutes", candidates.Count > 0, correct, $"{minutes} min", string.Join(", ", candidates.Select(c => $"{c:0.#}")), score);
        }

        if (expected.ImpactStart is { } start)
        {
            JudgeClock("impactStart", start, Milestones(timeline, "impact-start"), score);
        }

        if (expected.ImpactEnd is { } end)
        {
            JudgeClock("impactEnd", end, Milestones(timeline, "resolved", "mitigated"), score);
        }
    }

    private static void JudgeClock(string figure, string expected, IReadOnlyList<DateTimeOffset> read, DocumentScore score)
    {
        var clock = ClockTime.Find(expected);
        var correct = clock is not null && read.Any(r => clock.Agrees(ClockTime.Exact(r)));
        Judge(figure, read.Count > 0, correct, expected, string.Join(", ", read.Select(r => r.ToString("HH:mm", CultureInfo.InvariantCulture))), score);
    }

    private static void Judge(string figure, bool given, bool correct, string expected, string read, DocumentScore score)
    {
        score.Add("figures", FieldCounts.Single(given, correct));
        if (!correct)
        {
            score.Miss("figures", given ? $"{figure}: expected {expected}, read {read}" : $"{figure}: expected {expected}, the read states none");
        }
    }

    // Milestone times are shown in the record's own zone, so their clock digits are the ones the author wrote.
    private static List<DateTimeOffset> Milestones(TimelineReport timeline, params string[] names) =>
        [.. names.SelectMany(n => timeline.Milestones.Where(m => m.Milestone == n))
            .Select(m => DateTimeOffset.Parse(m.At, CultureInfo.InvariantCulture))];

    private static double? StatedMinutes(NumberMention number) => number.Unit?.ToLowerInvariant() switch
    {
        "s" or "sec" or "secs" or "second" or "seconds" => number.Value / 60,
        "min" or "mins" or "minute" or "minutes" => number.Value,
        "h" or "hr" or "hrs" or "hour" or "hours" => number.Value * 60,
        "d" or "day" or "days" => number.Value * 24 * 60,
        _ => null,
    };
}
