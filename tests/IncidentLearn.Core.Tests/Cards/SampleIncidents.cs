using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Tests.Cards;

/// <summary>
/// Records mirroring content/incidents, built in code and frozen so the card and story snapshots do not move when a
/// sample is edited. Tests of the samples as the product reads them load the real files (see Stories/SampleCoaching).
/// </summary>
internal static class SampleIncidents
{
    public static IncidentRecord DuplicateCharges() => new()
    {
        Id = Guid.Parse("ef3443da-2f5f-4d1e-93b9-c6961727f000"),
        Title = "Duplicate card charges after a retry-worker release",
        Date = new DateOnly(2024, 3, 14),
        TimeZone = "Europe/Berlin",
        Severity = "SEV1",
        Services = ["payment-retry-worker", "checkout"],
        Tags = ["payments", "idempotency", "release"],
        Summary = "A release of the payment-retry worker moved the idempotency key from the order ID to a new per-attempt ID, so the payment provider treated every retry as a new charge. Shoppers were charged twice for 62 minutes until the worker was paused; every duplicate was refunded the same afternoon, before settlement.",
        Impact = "212 duplicate card charges worth €31,480, on a marketplace that takes about 9,000 card payments a day. All were refunded by 17:15, before the 22:00 settlement, so no shopper saw a second charge on a statement and there were no chargebacks.",
        RootCauses =
        [
            "The release changed the idempotency key from the order ID to a per-attempt ID, so each retry reached the provider as a brand-new payment.",
            "No test sent the same retry twice and checked that only one charge resulted.",
        ],
        Trigger = "The payment-retry worker release at 10:40.",
        Detection = "By 11:30 support had three tickets from shoppers charged twice for the same order. No alert covered duplicate charges.",
        Resolution = "The author paused the retry worker with its feature flag at 11:42, reverted the idempotency key change, added a test for a repeated retry and shipped the fix behind the flag. Duplicates were matched by order, amount and card fingerprint within ten minutes of each other, checked by hand by a second engineer, and refunded through the provider's API in batches of 50.",
        ContributingFactors = ["Changes to idempotency keys did not need a reviewer from the payments team."],
        Timeline =
        [
            new() { Start = "10:40", Text = "Release of the payment-retry worker went out", Kind = EventKind.Impact },
            new() { Start = "11:30", Text = "Three tickets from shoppers charged twice for the same order", Kind = EventKind.Detection, Actor = "support" },
            new() { Start = "11:42", Text = "Retry worker paused with its feature flag; duplicates stopped", Kind = EventKind.Mitigation },
            new() { Start = "17:15", Text = "All 212 duplicate charges refunded, before the 22:00 settlement", Kind = EventKind.Resolution },
        ],
        ActionItems =
        [
            new() { Text = "Revert the idempotency key to the order ID, with a test that sends the same retry twice", Type = ActionType.Mitigate, Status = ActionStatus.Done },
            new() { Text = "Alert on any order charged twice within an hour", Type = ActionType.Detect, Status = ActionStatus.Done },
            new() { Text = "Require a second reviewer from payments for changes to idempotency keys", Owner = "payments team", Type = ActionType.Process, Status = ActionStatus.Done },
        ],
        Lessons = new()
        {
            WentWell = ["Pausing the retry worker by feature flag stopped the duplicates without touching the main checkout path."],
            WentWrong =
            [
                "A change to the idempotency key shipped without a test for repeated retries or a review from payments.",
                "Shoppers and support found the duplicates; monitoring did not.",
            ],
            GotLucky = ["The release went out in the morning, which left enough of the day to refund everyone before the 22:00 settlement."],
        },
        AuthorRole = "Backend engineer on the payments team",
        Star = new()
        {
            Result = "We found 212 duplicate charges worth €31,480. All of them were refunded by 17:15 – before settlement – so no shopper saw a second charge on a statement and we had zero chargebacks. Duplicates stopped 62 minutes after the release.",
        },
        FollowUps =
        [
            new() { Question = "Why pause the worker with a flag instead of rolling back the whole release?", Answer = "The flag stopped new retries at once and left the main checkout path untouched. A full rollback would have taken longer and put checkout itself at risk while the cause was still unknown." },
            new() { Question = "What would you do differently?" },
        ],
    };

    public static IncidentRecord PostgresWal() => new()
    {
        Id = Guid.Parse("0fd6d682-ae61-4eb5-a2fb-cf27bb310036"),
        Title = "Postgres primary out of disk from WAL held by an orphaned replication slot",
        Date = new DateOnly(2024, 6, 4),
        Severity = "SEV1",
        Services = ["pg-main-01", "order-api"],
        Tags = ["postgres", "disk-full", "on-call"],
        Summary = "An inactive logical replication slot, left behind when a CDC connector was decommissioned, held back 388 GB of WAL until the primary's data volume filled. Postgres stopped taking writes and every checkout failed for 50 minutes, until the volume was grown; the slot was then dropped and WAL fell back to 6 GB.",
        Impact = "The order API returned 500 on every checkout from 23:20 until writes resumed at 00:10. Retries queued in the mobile app drained once writes were back, and no order was left half-written.",
        RootCauses =
        [
            "The logical slot cdc_orders had been inactive since Sunday and held back 388 GB of WAL.",
            "The CDC connector was decommissioned on Sunday and nobody dropped its replication slot.",
        ],
        Trigger = "WAL retained by the slot filled the 500 GB data volume at 23:20.",
        Detection = "A disk usage alert fired on pg-main-01 at 92% at 23:05. It was acknowledged from a phone and assumed to be the nightly vacuum, so the outage itself was the real signal.",
        Resolution = "While waiting for the data platform on-call, the data volume was grown from 500 GB to 750 GB and the filesystem resized online, which let writes resume at 00:10. After the data platform confirmed the connector was gone, the slot was dropped at 00:30 and WAL was recycled over the next checkpoints.",
        ContributingFactors = ["The 92% disk alert was acknowledged without looking at a graph."],
        Timeline =
        [
            new() { Start = "23:05", End = "23:20", StatedDuration = "15 minutes", Kind = EventKind.Detection, Actor = "Katrin", Text = "Disk usage alert on pg-main-01 at 92%. I acked it from my phone and assumed it was the nightly vacuum." },
            new() { Start = "23:20", End = "23:45", StatedDuration = "25 minutes", Kind = EventKind.Impact, Text = "Disk hit 100%. Postgres could no longer write WAL and stopped taking writes." },
            new() { Start = "23:30", End = "23:50", StatedDuration = "20 minutes", Kind = EventKind.Diagnosis, Actor = "Katrin", Text = "Found pg_wal at 410 GB. pg_replication_slots showed the logical slot cdc_orders inactive since Sunday." },
            new() { Start = "23:45", End = "00:05", StatedDuration = "25 minutes", Kind = EventKind.Waiting, Actor = "Katrin", Text = "Waiting on the data platform on-call to confirm whether the slot was still needed." },
            new() { Start = "23:50", End = "00:10", StatedDuration = "20 minutes", Kind = EventKind.Mitigation, Actor = "Katrin", Text = "Grew the data volume from 500 GB to 750 GB, then resized the filesystem online." },
            new() { Start = "00:10", End = "00:25", StatedDuration = "15 minutes", Kind = EventKind.Mitigation, Text = "Writes resumed. Checkouts succeeded again." },
            new() { Start = "00:05", End = "00:30", StatedDuration = "25 minutes", Kind = EventKind.Decision, Actor = "Jonas", Text = "Jonas from data platform called back: the connector was decommissioned on Sunday. We decided together to drop the slot." },
            new() { Start = "00:30", End = "00:40", StatedDuration = "10 minutes", Kind = EventKind.Resolution, Actor = "Katrin", Text = "Dropped the slot. pg_wal fell to 6 GB." },
            new() { Start = "00:40", End = "01:55", StatedDuration = "1 hour and 15 minutes", Kind = EventKind.Other, Actor = "Katrin", Text = "Watched both physical replicas catch up and wrote the handover note for the morning shift." },
        ],
        Lessons = new()
        {
            WentWell = ["Growing the volume while waiting for an answer brought checkout back before the slot question was settled."],
            WentWrong = ["Decommissioning the CDC connector did not include dropping its replication slot."],
            Other = ["Treat a 92% disk alert on a database as real until proven otherwise."],
        },
        Star = new() { Result = "Checkout was down for 50 minutes, from 23:20 to 00:10. WAL fell from 410 GB to 6 GB once the slot was gone, and no order was lost." },
        FollowUps =
        [
            new() { Question = "Why not drop the replication slot straight away?", Answer = "A logical slot is what keeps a consumer's place in the change stream. If the CDC connector had still been running, dropping the slot would have broken it, so growing the volume first bought time without that risk." },
        ],
        Questions = ["How big did pg_wal grow before the slot was dropped?", "Who owns the backup schedule for pg-main-02?"],
    };

    public static IncidentRecord RabbitMq() => new()
    {
        Id = Guid.Parse("45b197a8-934f-4b97-9eeb-529e7be5e200"),
        Title = "Checkout stalled by a RabbitMQ memory alarm",
        Date = new DateOnly(2024, 11, 8),
        Severity = "SEV2",
        Services = ["rabbitmq", "order-api", "email-sender"],
        Tags = ["queues", "rabbitmq", "secret-rotation"],
        Summary = "The email-sender consumers crashlooped after an SMTP relay password rotation, the notifications queue grew to 2.3 million messages, and RabbitMQ raised a memory alarm on rmq-2 that blocked every publisher. Because order-api published its order-confirmation event synchronously, checkout slowed or failed for 30 minutes.",
        Impact = "Checkout was slow or failing for 30 minutes, from 23:51 to 00:21, with order-api p95 latency at 9 s. About 5,800 orders took longer than 10 seconds to confirm.",
        RootCauses =
        [
            "The SMTP relay password was rotated in the afternoon, but the email-sender pods still mounted the old secret and crashlooped from 22:40.",
            "order-api published the order-confirmation event synchronously, so a blocked broker stalled checkout.",
        ],
        Trigger = "The SMTP relay password rotation earlier that afternoon.",
        Detection = "Dmitri noticed order-api p95 latency jump to 9 s at 23:52. Nothing alerted on the email-sender consumers dropping to zero more than an hour earlier.",
        Resolution = "Instead of purging the queue, the backlog was shovelled to a lazy queue on rmq-3, which cleared the memory alarm on rmq-2 and unblocked publishers at 00:21. The new SMTP secret was then mounted and the backlog drained by 00:58.",
        Timeline =
        [
            new() { Start = "22:40", Kind = EventKind.Impact, Text = "email-sender pods start crashlooping on the stale SMTP secret" },
            new() { Start = "23:52", Kind = EventKind.Detection, Actor = "dmitri.k", Text = "order-api p95 just jumped to 9s. anything deployed tonight?" },
            new() { Start = "23:55", Kind = EventKind.Diagnosis, Actor = "dmitri.k", Text = "rabbit mgmt UI shows a memory alarm on rmq-2, publishers are blocked" },
            new() { Start = "00:06", Kind = EventKind.Decision, Actor = "lena", Text = "plan: not purging. shovel notifications to a lazy queue on rmq-3, then fix the secret" },
            new() { Start = "00:14", Kind = EventKind.Mitigation, Actor = "lena", Text = "shovel running, ~4k msg/s" },
            new() { Start = "00:21", Kind = EventKind.Mitigation, Actor = "lena", Text = "memory alarm cleared on rmq-2, publishers unblocked" },
            new() { Start = "00:58", Kind = EventKind.Resolution, Actor = "lena", Text = "backlog drained, oldest email went out ~2h late" },
        ],
        ActionItems =
        [
            new() { Text = "Alert when any queue with traffic has zero consumers", Owner = "Lena", Type = ActionType.Detect },
            new() { Text = "Make order-api publish in the background through a local outbox, so a blocked broker cannot stall checkout", Type = ActionType.Prevent },
        ],
        Lessons = new() { WentWrong = ["Rotating the SMTP password did not include rolling the pods that mounted it."] },
    };

    public static IncidentRecord Cdn() => new()
    {
        Id = Guid.Parse("f6e6a17f-30f2-47f8-8e3e-6cdc902eb86e"),
        Title = "CDN served signed-in account pages to strangers",
        Date = new DateOnly(2024, 9, 12),
        Services = ["web-frontend", "cdn"],
        Tags = ["cdn", "caching", "privacy"],
        Summary = "A refactor of the response middleware stopped sending a Cache-Control header on /account pages, so each edge node served the first visitor's account page to everyone after them for forty minutes.",
        Impact = "1,262 customers had their account page served to at least one other person. About 85,000 people were logged out when every session active that afternoon was invalidated.",
        RootCauses = ["The refactored middleware set caching headers from a per-route table, and the account routes had been left out of it."],
        Trigger = "The deploy of the response middleware refactor at 13:52 UTC.",
        Detection = "At 14:21 a customer posted a screenshot of a stranger's tickets on social media.",
        Resolution = "A CDN rule disabled caching for /account/* at 14:31, the whole HTML cache was purged at 14:32 and the deploy was rolled back at 14:40.",
        ActionItems = [new() { Text = "Cache HTML at the CDN only for routes on an explicit allow-list", Type = ActionType.Prevent }],
    };

    public static IReadOnlyList<IncidentRecord> All() => [DuplicateCharges(), PostgresWal(), RabbitMq(), Cdn()];
}
