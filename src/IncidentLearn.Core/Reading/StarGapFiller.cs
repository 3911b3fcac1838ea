using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading;

/// <summary>
/// Drafts STAR parts the source did not give, from the record's other fields, and says so in the report.
/// Never touches a part the author wrote.
/// </summary>
public static class StarGapFiller
{
    public static void Fill(IncidentRecord record, ReadReport report)
    {
        var star = record.Star;
        Draft(report, "situation", star.Situation, () => Situation(record), v => star.Situation = v);
        Draft(report, "task", star.Task, () => Task(record), v => star.Task = v);
        Draft(report, "action", star.Action, () => Action(record), v => star.Action = v);
        Draft(report, "result", star.Result, () => Result(record), v => star.Result = v);
    }

    private static void Draft(ReadReport report, string part, string? existing, Func<(string? Text, string From)> draft, Action<string> set)
    {
        if (!string.IsNullOrWhiteSpace(existing))
        {
            return;
        }

        var (text, from) = draft();
        if (string.IsNullOrWhiteSpace(text))
        {
            report.Warnings.Add($"The source gives no {part} for the STAR story, and nothing to draft one from.");
            return;
        }

        set(text);
        report.Drafted.Add($"star.{part}");
        report.Warnings.Add($"The {part} was drafted from {from}, not written by the author; check it.");
    }

    private static (string?, string) Situation(IncidentRecord record) =>
        record.Summary is { Length: > 0 } summary ? (summary, "the summary")
        : record.Impact is { Length: > 0 } impact ? (impact, "the impact")
        : record.Timeline.Count > 0 ? (Event(record.Timeline[0]), "the first timeline entry")
        : (null, "");

    private static (string?, string) Task(IncidentRecord record)
    {
        var trigger = record.Timeline.FirstOrDefault(e => e.Kind is EventKind.Impact) ?? record.Timeline.FirstOrDefault();
        if (record.AuthorRole is { Length: > 0 } role)
        {
            var clause = role.TrimEnd('.', ',', ' ');
            return (trigger is null ? $"{clause}." : $"{clause}: respond to \"{trigger.Text}\".", "the author's role and the timeline");
        }

        if (record.Impact is { Length: > 0 } impact && record.Summary is not null)
        {
            return ($"Stop the impact and restore service: {Sentences.First(impact)}", "the impact");
        }

        if (record.RootCauses.Count > 0)
        {
            return ($"Find and remove the cause: {Sentences.First(record.RootCauses[0])}", "the root causes");
        }

        var detection = record.Timeline.FirstOrDefault(e => e.Kind is EventKind.Detection or EventKind.Impact);
        if (detection is not null)
        {
            return ($"Respond to: {detection.Text}", "the timeline");
        }

        return record.Summary is { Length: > 0 } summary && record.Timeline.Count > 0
            ? ($"The task at hand: {Sentences.First(summary)}", "the summary")
            : (null, "");
    }

    private static (string?, string) Action(IncidentRecord record)
    {
        if (record.Resolution is { Length: > 0 } resolution)
        {
            return (resolution, "the resolution");
        }

        var done = record.Timeline.Where(e => e.Kind is not EventKind.Impact && !IsOnlyWaiting(e) && e.Text.Length > 0).ToList();
        if (done.Count > 0)
        {
            return (string.Join('\n', done.Select(Event)), "the timeline");
        }

        return record.ActionItems.Count > 0 ? (string.Join('\n', record.ActionItems.Select(a => a.Text)), "the action items") : (null, "");
    }

    private static (string?, string) Result(IncidentRecord record)
    {
        if (record.Impact is { Length: > 0 } impact && record.Summary is not null)
        {
            return (impact, "the impact");
        }

        if (record.Timeline.Count > 0)
        {
            return (Event(record.Timeline[^1]), "the last timeline entry");
        }

        var lessons = record.Lessons.WentWell.Concat(record.Lessons.Other).ToList();
        return lessons.Count > 0 ? (string.Join('\n', lessons), "the lessons") : (null, "");
    }

    // "Waiting on the vendor" is not something the team did; "lowered TTLs and waited" is.
    private static bool IsOnlyWaiting(TimelineEvent e) =>
        e.Kind is EventKind.Waiting && (e.Text.StartsWith("wait", StringComparison.OrdinalIgnoreCase)
            || e.Text.StartsWith("dead air", StringComparison.OrdinalIgnoreCase) || e.Text.StartsWith("no response", StringComparison.OrdinalIgnoreCase)
            || e.Text.StartsWith("still waiting", StringComparison.OrdinalIgnoreCase) || e.Text.StartsWith("on hold", StringComparison.OrdinalIgnoreCase));

    private static string Event(TimelineEvent e) =>
        $"{e.Start}{(e.End is null ? "" : "-" + e.End)}{(e.Actor is null ? "" : " " + e.Actor)}: {e.Text}";
}
