namespace IncidentLearn.Core.Study;

/// <summary>
/// What a learner should study now: every due card first (most overdue first), then new cards up to the
/// day's allowance minus the new cards already started today.
/// </summary>
public static class StudyQueue
{
    public const int DefaultNewCardsPerDay = 20;

    public static IReadOnlyList<StudyCard> Build(
        IEnumerable<StudyCard> cards,
        IEnumerable<ReviewLogEntry> userLog,
        DateTimeOffset now,
        int newCardsPerDay = DefaultNewCardsPerDay,
        TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Utc;
        var today = StudyDay.Of(now, zone);
        var newStartedToday = userLog.Count(e => e.PhaseBefore == CardPhase.New && StudyDay.Of(e.ReviewedAt, zone) == today);
        var allowance = Math.Max(0, newCardsPerDay - newStartedToday);

        var due = new List<StudyCard>();
        var fresh = new List<StudyCard>();
        foreach (var card in cards)
        {
            if (card.State.IsDue(now))
            {
                due.Add(card);
            }
            else if (card.State.Phase == CardPhase.New)
            {
                fresh.Add(card);
            }
        }

        return
        [
            .. due.OrderBy(c => c.State.Due).ThenBy(c => c.State.CardId, StringComparer.Ordinal),
            .. fresh.Take(allowance),
        ];
    }
}
