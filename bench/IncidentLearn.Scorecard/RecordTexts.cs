using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Scorecard;

/// <summary>Every piece of text a record holds, named by where it sits ("timeline[3].actor"), for finding page chrome.</summary>
public static class RecordTexts
{
    public static IEnumerable<(string Where, string? Text)> Of(IncidentRecord record)
    {
        yield return ("title", record.Title);
        yield return ("prompt", record.Prompt);
        yield return ("summary", record.Summary);
        yield return ("impact", record.Impact);
        foreach (var (cause, i) in record.RootCauses.Select((c, i) => (c, i)))
        {
            yield return ($"rootCauses[{i}]", cause);
        }

        yield return ("trigger", record.Trigger);
        yield return ("detection", record.Detection);
        yield return ("resolution", record.Resolution);
        yield return ("star.situation", record.Star.Situation);
        yield return ("star.task", record.Star.Task);
        yield return ("star.action", record.Star.Action);
        yield return ("star.result", record.Star.Result);
        foreach (var (e, i) in record.Timeline.Select((e, i) => (e, i)))
        {
            yield return ($"timeline[{i}].text", e.Text);
            yield return ($"timeline[{i}].actor", e.Actor);
        }

        foreach (var (item, i) in record.ActionItems.Select((a, i) => (a, i)))
        {
            yield return ($"actionItems[{i}]", item.Text);
        }

        var lessons = record.Lessons;
        foreach (var (list, name) in new[] { (lessons.WentWell, "wentWell"), (lessons.WentWrong, "wentWrong"), (lessons.GotLucky, "gotLucky"), (lessons.Other, "other") })
        {
            foreach (var (lesson, i) in list.Select((l, i) => (l, i)))
            {
                yield return ($"lessons.{name}[{i}]", lesson);
            }
        }

        foreach (var (section, i) in record.Sections.Select((s, i) => (s, i)))
        {
            yield return ($"sections[{i}].heading", section.Heading);
            yield return ($"sections[{i}].body", section.Body);
        }

        foreach (var (followUp, i) in record.FollowUps.Select((f, i) => (f, i)))
        {
            yield return ($"followUps[{i}].question", followUp.Question);
            yield return ($"followUps[{i}].answer", followUp.Answer);
        }

        foreach (var (question, i) in record.Questions.Select((q, i) => (q, i)))
        {
            yield return ($"questions[{i}]", question);
        }
    }
}
