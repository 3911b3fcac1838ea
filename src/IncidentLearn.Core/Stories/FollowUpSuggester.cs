using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Stories;

/// <summary>
/// The follow-ups an interviewer asks of an incident story: the author's own first, then what went wrong first,
/// what you would do differently, how you measured success, how you convinced others and what you changed,
/// each answered from the record where it can be. The author's questions win over a standard one that asks the same.
/// </summary>
public static class FollowUpSuggester
{
    public static IReadOnlyList<SuggestedFollowUp> Suggest(IncidentRecord record, StarStory story)
    {
        var suggestions = record.FollowUps
            .Where(f => !string.IsNullOrWhiteSpace(f.Question))
            .Select((f, i) => new SuggestedFollowUp(Sentences.Finish(f.Question).TrimEnd('.') + (f.Question.TrimEnd().EndsWith('?') ? "" : "?"),
                string.IsNullOrWhiteSpace(f.Answer) ? null : f.Answer.Trim(), $"followUps[{i}]"))
            .ToList();

        foreach (var standard in Standard(record, story))
        {
            if (!suggestions.Any(s => Words.Overlap(s.Question, standard.Question) >= 0.5))
            {
                suggestions.Add(standard);
            }
        }

        return suggestions;
    }

    private static IEnumerable<SuggestedFollowUp> Standard(IncidentRecord record, StarStory story)
    {
        yield return First("What went wrong first?",
            (record.Lessons.WentWrong, "lessons.wentWrong[0]"), (record.ContributingFactors, "contributingFactors[0]"), (record.RootCauses, "rootCauses[0]"));
        yield return First("What would you do differently?",
            (record.Lessons.Other, "lessons.other[0]"), (record.Lessons.WentWrong.Skip(1).ToList(), "lessons.wentWrong[1]"));

        var measured = StoryCoach.ResultFigures(story).Select(f => f.Field).Distinct().ToList();
        var evidence = story.Full.Sentences.Where(s => s.Part == "result" && StatedFigureFinder.Find(s.Text, "").Count > 0).Select(s => s.Text).Take(2).ToList();
        yield return new("How did you measure success?", evidence.Count > 0 ? string.Join(' ', evidence) : null,
            measured.Count > 0 ? string.Join(", ", measured) : null);

        var decisions = record.Timeline.Select((e, i) => (e, i)).Where(x => x.e.Kind == EventKind.Decision).ToList();
        var agreed = record.Lessons.WentWell.Select((s, i) => (s, i))
            .FirstOrDefault(x => x.s.Contains("decision", StringComparison.OrdinalIgnoreCase) || x.s.Contains("agreed", StringComparison.OrdinalIgnoreCase));
        yield return decisions.Count > 0
            ? new("How did you convince others?", string.Join(' ', decisions.Take(2).Select(x => Sentences.Finish(x.e.Text))),
                string.Join(", ", decisions.Take(2).Select(x => $"timeline[{x.i}].text")))
            : new("How did you convince others?", agreed.s, agreed.s is null ? null : $"lessons.wentWell[{agreed.i}]");

        var items = record.ActionItems.Where(a => !string.IsNullOrWhiteSpace(a.Text)).ToList();
        yield return new("What did you change afterwards?",
            items.Count == 0 ? null : string.Join("; ", items.Select(a => a.Text.Trim().TrimEnd('.') + (a.Status == ActionStatus.Done ? " (done)" : ""))) + ".",
            items.Count == 0 ? null : "actionItems");
    }

    private static SuggestedFollowUp First(string question, params (List<string> Items, string Field)[] sources)
    {
        foreach (var (items, field) in sources)
        {
            if (items.Count > 0 && !string.IsNullOrWhiteSpace(items[0]))
            {
                return new(question, Sentences.Finish(items[0]), field);
            }
        }

        return new(question, null, null);
    }
}
