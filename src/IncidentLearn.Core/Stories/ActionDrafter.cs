using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Stories;

/// <summary>
/// Drafts the action in the first person from what the author did: timeline events they were the actor of,
/// joint decisions, the cause they traced, the resolution and the finished action items. Lines that cannot be
/// retold as "I" are left out. Lessons that went well are not actions, so they never fill the action out.
/// </summary>
public static class ActionDrafter
{
    public static PartDraft Draft(StoryContext context)
    {
        var record = context.Record;
        var candidates = new List<DraftSentence>();
        var causeOrder = 50.0;
        for (var i = 0; i < record.Timeline.Count; i++)
        {
            var e = record.Timeline[i];
            var field = $"timeline[{i}].text";
            if (context.Author.IsAuthor(e.Actor) && e.Kind != EventKind.Impact)
            {
                var text = Retell(e, context);
                if (text is not null && BackReferences.LeansBack(text) && candidates.Count > 0 && candidates[^1].Field.EndsWith($"timeline[{i - 1}].text", StringComparison.Ordinal))
                {
                    // "Meanwhile grew the volume" is told with the event it happened alongside, never without it.
                    var before = candidates[^1];
                    candidates[^1] = new($"{before.Text} {text}", $"{before.Field},{field}", before.Order, Math.Min(before.Priority, PriorityOf(e.Kind)));
                }
                else if (text is not null)
                {
                    candidates.Add(new(text, field, 10 + i, PriorityOf(e.Kind)));
                }

                if (e.Kind == EventKind.Diagnosis && causeOrder >= 50)
                {
                    causeOrder = 10 + i + 0.5;
                }
            }
            else if (e.Kind == EventKind.Decision && Sentences.Split(e.Text).Any(s => s.StartsWith("We ", StringComparison.Ordinal)))
            {
                // A decision taken together is part of the author's story, told in the author's words.
                candidates.Add(new(Sentences.Finish(e.Text), field, 10 + i, 2));
            }
        }

        if (record.RootCauses.Count > 0)
        {
            var cause = Sentences.EndWithPeriod(Sentences.LowerFirst(record.RootCauses[0], context.ProperNounEvidence));
            candidates.Add(new(context.Phrase("cause", new { mine = context.AuthorDiagnosed, cause }), "rootCauses[0]", causeOrder, 1));
        }

        var resolution = BackReferences.SelfContained(record.Resolution);
        for (var i = 0; i < resolution.Count; i++)
        {
            var retold = FirstPerson.Retell(resolution[i], context.ProperNounEvidence) ?? Sentences.Finish(resolution[i]);
            candidates.Add(new(retold, "resolution", 100 + i, i == 0 ? 1 : 3));
        }

        // The author's own answers to follow-ups explain why they acted.
        var explained = record.FollowUps.SelectMany((f, i) => BackReferences.SelfContained(f.Answer).Select(s => (Text: s, Field: $"followUps[{i}].answer")))
            .Where(x => x.Text.StartsWith("I ", StringComparison.Ordinal)).Take(2);
        candidates.AddRange(explained.Select((x, i) => new DraftSentence(x.Text, x.Field, 105 + i, 3)));
        if (ActionItemSentences.Done(context) is { } done)
        {
            candidates.Add(done);
        }
        return new PartDraft(StarPart.Action, candidates, Authored: false);
    }

    /// <summary>
    /// The author's event told in the first person, or null when none of its lines can be (chat shorthand, status
    /// notes). An event's context line ("Disk alert at 92%.") stays when its other lines are retold, so "it" has a referent.
    /// </summary>
    public static string? Retell(TimelineEvent e, StoryContext context)
    {
        var sentences = Sentences.Split(e.Text);
        var retold = sentences.Select(s => FirstPerson.Retell(s, context.ProperNounEvidence)).ToList();
        return retold.All(r => r is null) ? null : string.Join(' ', sentences.Select((s, k) => retold[k] ?? Sentences.Finish(s)));
    }

    private static int PriorityOf(EventKind? kind) => kind switch
    {
        EventKind.Mitigation or EventKind.Decision or EventKind.Resolution => 0,
        EventKind.Diagnosis => 1,
        EventKind.Communication or EventKind.Detection => 3,
        _ => 4,
    };
}
