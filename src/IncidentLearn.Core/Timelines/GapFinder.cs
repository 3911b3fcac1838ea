namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Finds idle stretches: walking events in start order while tracking how far work reaches, any start at least
/// the threshold after everything before it has finished is a gap. Moments count as reaching their own instant.
/// </summary>
internal static class GapFinder
{
    public static void Find(IReadOnlyList<AnalyzedEvent> byStart, TimeSpan threshold, List<TimelineFinding> findings)
    {
        AnalyzedEvent? reacher = null;
        var reach = DateTimeOffset.MinValue;
        foreach (var current in byStart)
        {
            var start = current.Start!.Value.Estimate;
            if (reacher is not null && start - reach >= threshold)
            {
                var reachText = reacher.Interval is { IsInstant: false } && !reacher.EndFromStatedDuration && reacher.Source.End is { } end ? $"until {end.Trim()}" : reacher.Source.Start.Trim();
                findings.Add(new TimelineFinding(
                    TimelineFindingKinds.Gap,
                    $"Nothing is recorded as running for {MinutesText.Of(start - reach)} between {reacher.Quote} ({reachText}) and {current.Quote} (from {current.Source.Start.Trim()}).",
                    [reacher.Index, current.Index]));
            }

            if (current.Reach is { } currentReach && currentReach >= reach)
            {
                reach = currentReach;
                reacher = current;
            }
        }
    }
}
