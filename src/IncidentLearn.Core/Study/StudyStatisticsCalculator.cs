namespace IncidentLearn.Core.Study;

/// <summary>Computes <see cref="StudyStatistics"/> from a learner's cards and review log in one pass over each.</summary>
public static class StudyStatisticsCalculator
{
    public static StudyStatistics Compute(
        IEnumerable<StudyCard> cards,
        IEnumerable<ReviewLogEntry> userLog,
        DateTimeOffset now,
        TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Utc;
        var endOfDay = StudyDay.EndOf(now, zone);
        var dueToday = 0;
        var perIncident = new Dictionary<Guid, int>();
        foreach (var card in cards)
        {
            perIncident[card.IncidentId] = perIncident.GetValueOrDefault(card.IncidentId) + 1;
            if (card.State.Phase != CardPhase.New && card.State.Due is { } due && due < endOfDay)
            {
                dueToday++;
            }
        }

        var today = StudyDay.Of(now, zone);
        var days = new HashSet<DateOnly>();
        int recalled = 0, matureReviews = 0, reviewsToday = 0;
        foreach (var entry in userLog)
        {
            var day = StudyDay.Of(entry.ReviewedAt, zone);
            days.Add(day);
            reviewsToday += day == today ? 1 : 0;
            if (entry.PhaseBefore == CardPhase.Review)
            {
                matureReviews++;
                recalled += entry.Rating == ReviewRating.Again ? 0 : 1;
            }
        }

        double? retention = matureReviews == 0 ? null : (double)recalled / matureReviews;
        return new StudyStatistics(dueToday, retention, Streak(days, today), reviewsToday, perIncident);
    }

    private static int Streak(HashSet<DateOnly> days, DateOnly today)
    {
        // A streak is still alive until the learner's day ends without a review.
        var day = days.Contains(today) ? today : today.AddDays(-1);
        var streak = 0;
        while (days.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }
}
