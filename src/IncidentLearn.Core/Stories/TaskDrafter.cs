namespace IncidentLearn.Core.Stories;

/// <summary>Drafts a task from the author's role: with no role the record says nothing of the author's goal, so there is no task.</summary>
public static class TaskDrafter
{
    public static PartDraft Draft(StoryContext context)
    {
        if (context.RolePhrase is null)
        {
            return new PartDraft(StarPart.Task, [], Authored: false);
        }

        var sentence = context.Phrase("task", new { role = context.RolePhrase, prevent = context.Record.ActionItems.Count > 0 });
        return new PartDraft(StarPart.Task, [new DraftSentence(sentence, "authorRole,actionItems", 0, 0)], Authored: false);
    }
}
