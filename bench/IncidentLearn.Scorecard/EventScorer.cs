using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Scorecard;

/// <summary>
/// Pairs expected timeline events with read ones in any order: the clock digits agree (or, for a date-only
/// expectation, the start contains the date) and the event's start, actor and text hold every expected word.
/// </summary>
public static class EventScorer
{
    public static void Score(IReadOnlyList<ExpectedEvent> expected, IReadOnlyList<TimelineEvent> read, DocumentScore score)
    {
        if (expected.Count == 0 && read.Count == 0)
        {
            // Seeing no timeline where there is none is the right answer, not an absence of one.
            score.Add("events", FieldCounts.Perfect);
            return;
        }

        var pairs = OneToOneMatcher.Match(expected.Count, read.Count, (e, r) => Matches(expected[e], read[r]));
        var matched = pairs.Count(p => p is not null);
        score.Add("events", new FieldCounts(matched, read.Count - matched, expected.Count - matched));

        foreach (var (want, i) in expected.Select((e, i) => (e, i)).Where(x => pairs[x.i] is null))
        {
            score.Miss("events", $"expected event not found: {want.Time} {Quote.Of(want.Text)}{Nearest(want, read)}");
        }

        var used = pairs.OfType<int>().ToHashSet();
        foreach (var (extra, i) in read.Select((e, i) => (e, i)).Where(x => !used.Contains(x.i)))
        {
            score.Miss("events", $"extra event read: {extra.Start} {Quote.Of(extra.Text)}");
        }
    }

    public static bool Matches(ExpectedEvent expected, TimelineEvent read) => TimeAgrees(expected.Time, read.Start) && WordsAgree(expected.Text, read);

    private static bool TimeAgrees(string expected, string readStart)
    {
        if (ClockTime.Find(expected) is { } clock)
        {
            return ClockTime.Find(readStart) is { } readClock && clock.Agrees(readClock);
        }

        // No clock: a date-only event, or no time at all.
        return TextFolding.Fold(expected).Length == 0 || TextFolding.ContainsPhrase(readStart, expected);
    }

    private static bool WordsAgree(string expected, TimelineEvent read)
    {
        var words = TextFolding.Words($"{read.Start} {read.Actor} {read.Text}").ToHashSet();
        return TextFolding.ContentWords(expected).All(words.Contains);
    }

    // Saying which read event had the right time helps tell a wrong time from a wrong text.
    private static string Nearest(ExpectedEvent want, IReadOnlyList<TimelineEvent> read)
    {
        var sameTime = read.FirstOrDefault(r => ClockTime.Find(want.Time) is not null && TimeAgrees(want.Time, r.Start));
        return sameTime is null ? "" : $" (at that time the reader has {Quote.Of(sameTime.Text)})";
    }
}
