namespace IncidentLearn.Core.Stories;

/// <summary>Drafts a situation from who the author was, what happened (summary), what it cost (impact) and how it surfaced.</summary>
public static class SituationDrafter
{
    public static PartDraft Draft(StoryContext context)
    {
        var record = context.Record;
        var candidates = new List<DraftSentence>();
        // A drafted task already says who the author was, so the situation says it only when the author wrote the task.
        var roleHere = context.RolePhrase is not null && !string.IsNullOrWhiteSpace(record.Star.Task);
        if (roleHere)
        {
            candidates.Add(new(context.Phrase("role", new { role = context.RolePhrase, date = context.DateText }), "authorRole,date", 0, 0));
        }

        var summary = BackReferences.SelfContained(record.Summary);
        if (summary.Count > 0)
        {
            var opening = roleHere ? summary[0] : context.Phrase("opening", new { date = summary[0].Contains(context.Record.Date?.Year.ToString() ?? "\0", StringComparison.Ordinal) ? null : context.DateText, sentence = summary[0], lowered = Sentences.LowerFirst(summary[0], context.ProperNounEvidence) });
            candidates.Add(new(opening, roleHere ? "summary" : "date,summary", 1, candidates.Count == 0 ? 0 : 1));
        }

        // The first impact sentence sets the stakes; the rest are outcomes and belong to the result.
        var impact = BackReferences.SelfContained(record.Impact).Take(1);
        candidates.AddRange(impact.Select(s => new DraftSentence(s, "impact", 2, 2)));
        if (!string.IsNullOrWhiteSpace(record.Severity))
        {
            candidates.Add(new(context.Phrase("severity", new { severity = record.Severity.Trim() }), "severity", 3, 5));
        }

        var detection = BackReferences.SelfContained(record.Detection);
        if (detection.Count > 0)
        {
            candidates.Add(new(detection[0], "detection", 2.5, 3));
        }

        return new PartDraft(Stories.StarPart.Situation, candidates, Authored: false);
    }
}
