namespace IncidentLearn.Core.Timelines;

/// <summary>
/// The chain of work from the first event to the one that finishes last, walked backwards: from the event
/// reaching furthest, step to the event that, among those starting strictly earlier, reaches furthest
/// (ties go to the earlier starter). Linear after sorting, using running maxima over the start order.
/// </summary>
internal static class CriticalPathFinder
{
    public static IReadOnlyList<int> Find(IReadOnlyList<AnalyzedEvent> byStart)
    {
        var count = byStart.Count;
        if (count == 0)
        {
            return [];
        }

        // furthest[k]: position among byStart[0..k] that reaches furthest; firstSameStart[k]: first position sharing k's start.
        var furthest = new int[count];
        var firstSameStart = new int[count];
        for (var k = 0; k < count; k++)
        {
            furthest[k] = k > 0 && byStart[furthest[k - 1]].Reach >= byStart[k].Reach ? furthest[k - 1] : k;
            firstSameStart[k] = k > 0 && byStart[k - 1].Start!.Value.Estimate == byStart[k].Start!.Value.Estimate ? firstSameStart[k - 1] : k;
        }

        var path = new List<int>();
        var position = furthest[count - 1];
        while (true)
        {
            path.Add(byStart[position].Index);
            var before = firstSameStart[position] - 1;
            if (before < 0)
            {
                break;
            }

            position = furthest[before];
        }

        path.Reverse();
        return path;
    }
}
