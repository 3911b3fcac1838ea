using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Data.Tests.Support;

/// <summary>Small records for store tests, each a plausible incident rather than "foo".</summary>
internal static class Incidents
{
    public static IncidentRecord Make(string title, DateOnly? date = null, string? severity = null, string[]? tags = null, string[]? services = null, IncidentStatus status = IncidentStatus.Draft) => new()
    {
        Title = title,
        Date = date,
        Severity = severity,
        Status = status,
        Tags = [.. tags ?? []],
        Services = [.. services ?? []],
        Summary = $"{title}: what happened, in one line.",
        RootCauses = ["A retry policy without backoff."],
        Timeline =
        [
            new TimelineEvent { Start = "23:47", Text = "Webhook calls start timing out", Kind = EventKind.Impact },
            new TimelineEvent { Start = "00:02", End = "00:09", StatedDuration = "7 minutes", Text = "Rolled back the worker", Actor = "karl", Kind = EventKind.Mitigation },
        ],
        ActionItems = [new ActionItem { Text = "Add backoff to retries", Owner = "Karl Lindqvist", Type = ActionType.Prevent, Status = ActionStatus.InProgress, Due = new DateOnly(2025, 5, 1) }],
        Lessons = new Lessons { WentWell = ["The rollback took seven minutes."], GotLucky = ["It happened at night — with “quiet” traffic."] },
        SourceText = "[23:47] asha: webhooks timing out…\r\n[00:02] karl: rolling back",
    };
}
