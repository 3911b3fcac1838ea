namespace IncidentLearn.Scorecard;

/// <summary>
/// Pairs expected items with read items, each used at most once, as many pairs as possible (augmenting paths),
/// so the order of either list never decides the score.
/// </summary>
public static class OneToOneMatcher
{
    /// <returns>For each expected item, the index of the read item it was paired with, or null.</returns>
    public static int?[] Match(int expectedCount, int readCount, Func<int, int, bool> matches)
    {
        var readOwner = new int?[readCount];
        for (var expected = 0; expected < expectedCount; expected++)
        {
            TryAssign(expected, new bool[readCount], readOwner, readCount, matches);
        }

        var pairs = new int?[expectedCount];
        for (var read = 0; read < readCount; read++)
        {
            if (readOwner[read] is { } expected)
            {
                pairs[expected] = read;
            }
        }

        return pairs;
    }

    private static bool TryAssign(int expected, bool[] visited, int?[] readOwner, int readCount, Func<int, int, bool> matches)
    {
        for (var read = 0; read < readCount; read++)
        {
            if (visited[read] || !matches(expected, read))
            {
                continue;
            }

            visited[read] = true;
            if (readOwner[read] is not { } owner || TryAssign(owner, visited, readOwner, readCount, matches))
            {
                readOwner[read] = expected;
                return true;
            }
        }

        return false;
    }
}
