using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Stories;

/// <summary>
/// The action items as a story tells them. Finished work is something done, so it belongs to the action: "I"
/// for the items the author owns, "the team" for items no one owns, unless the resolution already tells it. Everything else (open, under way, or
/// finished by someone the record names) is what was agreed afterwards, in the result, and is the author's
/// only when every item listed is theirs. Won't-do items are not told.
/// </summary>
public static class ActionItemSentences
{
    /// <summary>Items listed in one sentence at most: a longer list is read out, not told.</summary>
    private const int MostItems = 3;

    /// <summary>One piece (the author's items, then the team's), so the team's never follows a sentence that was left out.</summary>
    public static DraftSentence? Done(StoryContext context)
    {
        var done = context.Record.ActionItems.Where(item => item.Status == ActionStatus.Done && Told(item) && !Resolved(item, context)).ToList();
        var mine = done.Where(item => context.Author.IsAuthor(item.Owner)).ToList();
        var team = done.Where(item => string.IsNullOrWhiteSpace(item.Owner)).ToList();
        if (mine.Count == 0 && team.Count == 0)
        {
            return null;
        }

        var text = context.Phrase("done", new
        {
            mine = mine.Count == 0 ? null : List(mine, context),
            mineSeveral = mine.Count > 1,
            team = team.Count == 0 ? null : List(team, context),
            teamSeveral = team.Count > 1,
        });
        return new(text, "actionItems", 120, mine.Count > 0 ? 2 : 3);
    }

    public static DraftSentence? Agreed(StoryContext context)
    {
        var agreed = context.Record.ActionItems
            .Where(item => Told(item) && item.Status is not ActionStatus.WontDo)
            .Where(item => item.Status != ActionStatus.Done || !(string.IsNullOrWhiteSpace(item.Owner) || context.Author.IsAuthor(item.Owner)))
            // Finished work first: it is what actually changed.
            .OrderBy(item => item.Status == ActionStatus.Done ? 0 : 1)
            .Take(MostItems)
            .ToList();
        if (agreed.Count == 0)
        {
            return null;
        }

        var mine = agreed.All(item => context.Author.IsAuthor(item.Owner));
        return new(context.Phrase("afterwards", new { mine, items = List(agreed, context), several = agreed.Count > 1 }), "actionItems", 30, 1);
    }

    private static bool Told(ActionItem item) => !string.IsNullOrWhiteSpace(item.Text);

    /// <summary>
    /// An item the resolution already tells ("add the old name back as an alias") is not told twice: half its words
    /// in one sentence of the resolution is enough, as an item is short and the resolution tells it in other words.
    /// </summary>
    private static bool Resolved(ActionItem item, StoryContext context) =>
        Sentences.Split(context.Record.Resolution).Any(s => Words.Overlap(s, item.Text) >= 0.5);

    /// <summary>"a; b; and c", each item lower-cased unless it starts with a name. One sentence, so no item reads as "also" after a dropped one.</summary>
    private static string List(IReadOnlyList<ActionItem> items, StoryContext context)
    {
        var texts = items.Take(MostItems).Select(item => Sentences.LowerFirst(item.Text.Trim().TrimEnd('.'), context.ProperNounEvidence)).ToList();
        return texts.Count == 1 ? texts[0] : string.Join("; ", texts.SkipLast(1)) + "; and " + texts[^1];
    }
}
