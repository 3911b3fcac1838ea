using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Scorecard;

/// <summary>Pairs each expected follow-up with one read action item that contains its phrase (and has its status, when given).</summary>
public static class ActionItemScorer
{
    public static void Score(IReadOnlyList<ExpectedActionItem> expected, IReadOnlyList<ActionItem> read, DocumentScore score)
    {
        if (expected.Count == 0 && read.Count == 0)
        {
            score.Add("actionItems", FieldCounts.Perfect);
            return;
        }

        var pairs = OneToOneMatcher.Match(expected.Count, read.Count, (e, r) => Matches(expected[e], read[r]));
        var matched = pairs.Count(p => p is not null);
        score.Add("actionItems", new FieldCounts(matched, read.Count - matched, expected.Count - matched));

        foreach (var (want, i) in expected.Select((e, i) => (e, i)).Where(x => pairs[x.i] is null))
        {
            var wrongStatus = read.FirstOrDefault(r => TextFolding.ContainsPhrase(r.Text, want.Text));
            var detail = wrongStatus is null ? "" : $" (read with status {wrongStatus.Status}, expected {want.Status})";
            score.Miss("actionItems", $"expected action item not found: {Quote.Of(want.Text)}{detail}");
        }

        var used = pairs.OfType<int>().ToHashSet();
        foreach (var (extra, i) in read.Select((a, i) => (a, i)).Where(x => !used.Contains(x.i)))
        {
            score.Miss("actionItems", $"extra action item read: {Quote.Of(extra.Text)}");
        }
    }

    private static bool Matches(ExpectedActionItem expected, ActionItem read) =>
        TextFolding.ContainsPhrase(read.Text, expected.Text) && (expected.Status is null || expected.Status == read.Status);
}
