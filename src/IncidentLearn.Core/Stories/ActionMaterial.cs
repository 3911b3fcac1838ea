using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Stories;

/// <summary>
/// What the record gives a drafted action to tell, and what keeps it from giving more: its words on what was done
/// (repeats counted once), the author's timeline entries written as notes that cannot be retold as "I", entries
/// that say what was done but not who did it, and whether the record names its author at all. The coach names
/// these when a drafted action is too thin, so the author knows what to add.
/// </summary>
public sealed record ActionMaterial(int Words, string? Author, IReadOnlyList<TimelineEvent> Untold, IReadOnlyList<TimelineEvent> Unattributed)
{
    /// <summary>Kinds of entry that record something done to the incident, rather than to or about it.</summary>
    private static readonly HashSet<EventKind> Doing = [EventKind.Diagnosis, EventKind.Mitigation, EventKind.Decision, EventKind.Resolution];

    public static ActionMaterial Of(StoryContext context, IReadOnlyList<DraftSentence> action)
    {
        var timeline = context.Record.Timeline;
        return new ActionMaterial(
            action.Sum(s => s.Words),
            context.Record.Authors.FirstOrDefault(),
            timeline.Where(e => context.Author.IsAuthor(e.Actor) && e.Kind != EventKind.Impact && ActionDrafter.Retell(e, context) is null).ToList(),
            timeline.Where(e => e.Kind is { } kind && Doing.Contains(kind) && string.IsNullOrWhiteSpace(e.Actor)).ToList());
    }
}
