using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Benchmarks;

/// <summary>A record shaped like a real post-mortem, for benchmarks.</summary>
internal static class RealisticIncident
{
    private static readonly (string Start, string? End, EventKind Kind, string? Actor, string Text)[] Events =
    [
        ("14:02", null, EventKind.Impact, null, "Planned failover of redis-sessions started"),
        ("14:03", null, EventKind.Impact, null, "Checkout p95 latency rose from 300 ms to 2.4 s"),
        ("14:05", null, EventKind.Waiting, "Mira", "Waited for the replica to catch up, as the runbook says"),
        ("14:09", null, EventKind.Detection, "alerting", "Checkout latency alert fired"),
        ("14:10", null, EventKind.Acknowledgement, "Mira", "Mira acknowledged the page"),
        ("14:11", "14:14", EventKind.Diagnosis, "Mira", "Checked the checkout dashboards; cache hit rate at 4 %"),
        ("14:14", null, EventKind.Communication, "Tomás", "Opened #inc-checkout and posted the first update"),
        ("14:15", "14:40", EventKind.Mitigation, "Mira", "Pinned traffic to the old primary"),
        ("14:16", null, EventKind.Decision, "Tomás", "Decided not to roll back the failover itself"),
        ("14:18", null, EventKind.Diagnosis, "Mira", "Found the replica had started with an empty cache"),
        ("14:20", null, EventKind.Communication, "Support", "Status page updated: checkout slow"),
        ("14:22", "14:30", EventKind.Diagnosis, "Tomás", "Compared session TTLs | failover window"),
        ("14:25", null, EventKind.Waiting, null, "Waited for the session cache to warm"),
        ("14:30", null, EventKind.Mitigation, "Mira", "Started a warm-up job against the replica"),
        ("14:34", null, EventKind.Other, null, "Evening traffic started to climb"),
        ("14:36", null, EventKind.Diagnosis, "Mira", "Hit rate on the replica back to 91 %"),
        ("14:38", null, EventKind.Decision, "Tomás", "Agreed to promote the warmed replica"),
        ("14:40", null, EventKind.Resolution, "Mira", "Promoted the replica; latency back to normal"),
        ("14:45", null, EventKind.Communication, "Support", "Status page: resolved"),
        ("15:30", null, EventKind.Other, "Tomás", "Scheduled the post-incident review"),
    ];

    public static IncidentRecord Build() => new()
    {
        Id = Guid.Parse("7d1f6a52-3c1e-4f0b-9a57-2f0f7f3c9b10"),
        Title = "Checkout latency after the Redis failover",
        Date = new DateOnly(2025, 3, 4),
        TimeZone = "Europe/Berlin",
        Authors = ["Mira Jansen", "Tomás Ortega"],
        Status = IncidentStatus.Published,
        Severity = "SEV2",
        Services = ["checkout", "redis-sessions"],
        Tags = ["caching", "failover"],
        AuthorRole = "On-call engineer for checkout",
        Prompt = "Tell me about a time you handled a production incident under pressure.",
        Summary = "A planned Redis failover left checkout reading sessions from a cold replica for 38 minutes.\n\n" +
            "Latency rose sharply, but no data was lost and the team restored service without rolling back the failover.\n\n" +
            "The failover itself was routine: the team runs one every quarter to patch the Redis hosts. This time the replica\n" +
            "had been rebuilt the week before, so its cache was empty, and nothing in the runbook checked for that.",
        Impact = "About 12 000 checkouts slowed past 5 s; 310 carts were abandoned.",
        RootCauses = ["The replica had no warm-up step before taking traffic.", "Session TTLs were shorter than the failover window."],
        Trigger = "A planned failover at 14:02.",
        Detection = "The checkout latency alert fired at 14:09, seven minutes after impact began.",
        Resolution = "Traffic was pinned back to the old primary, then the replica was warmed and promoted again.\n\n" +
            "Warming took about ten minutes with the replay job from the load-test tooling; promotion itself took seconds.",
        ContributingFactors = ["The runbook skipped the warm-up step.", "Nobody watched the cache hit rate during the failover."],
        Timeline = [.. Events.Select(e => new TimelineEvent { Start = e.Start, End = e.End, Kind = e.Kind, Actor = e.Actor, Text = e.Text })],
        ActionItems =
        [
            new ActionItem { Text = "Add a warm-up step to the failover runbook", Owner = "Mira", Type = ActionType.Prevent, Status = ActionStatus.Done, Due = new DateOnly(2025, 3, 11) },
            new ActionItem { Text = "Alert on session cache hit rate", Owner = "Tomás", Type = ActionType.Detect, Status = ActionStatus.Open },
            new ActionItem { Text = "Rehearse failovers in staging", Owner = "Mira", Type = ActionType.Process, Status = ActionStatus.InProgress },
        ],
        Lessons = new Lessons
        {
            WentWell = ["The alert fired within seven minutes."],
            WentWrong = ["Nobody had rehearsed the failover."],
            GotLucky = ["It happened outside the evening peak."],
        },
        Star = new StarParts
        {
            Situation = "Checkout slowed right after a planned Redis failover.",
            Task = "As on-call I had to bring latency back without losing carts.",
            Action = "I pinned traffic to the old primary, warmed the replica and promoted it again.",
            Result = "Latency was normal after 38 minutes and we added a warm-up step.",
        },
        FollowUps =
        [
            new FollowUp { Question = "What would you do differently?", Answer = "Rehearse the failover in staging with production-sized data." },
            new FollowUp { Question = "How did you decide not to roll back?" },
        ],
        Questions = ["Why was the replica cold?", "Why did the runbook skip the warm-up step?", "Who owns the failover runbook?"],
        Sections = [new FreeSection { Heading = "Customer communication", Body = "Support posted a status update at 14:20." }],
        SourceText = "Checkout latency incident, 4 March\n\n14:02 failover started\n14:09 alert fired\n14:15-14:40 pinned traffic (25 minutes)\n" +
            "Root cause: cold replica.\nLesson: warm it first.\n\nNotes from the review:\n" +
            "- Mira: the alert was fine, the runbook was not.\n- Tomás: we should have watched the hit rate.\n" +
            "- Support: the status page went up within six minutes of the alert.\n",
    };
}
