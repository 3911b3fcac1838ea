using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Tests.Stories;

/// <summary>Small records shaped like the samples, each built to show one thing a coach should notice.</summary>
internal static class CraftedRecords
{
    public static IncidentRecord Queue(Action<StarParts>? star = null)
    {
        var record = new IncidentRecord
        {
            Title = "Checkout stalled by a queue memory alarm",
            Date = new DateOnly(2024, 11, 8),
            Authors = ["Lena Park"],
            Severity = "SEV2",
            AuthorRole = "On-call SRE for the messaging platform",
            Summary = "Consumers crashlooped after a password rotation and the queue grew to 2.3 million messages. The broker blocked every publisher.",
            Impact = "Checkout was slow or failing for 30 minutes. About 5,800 orders took longer than 10 seconds to confirm.",
            RootCauses = ["The pods still mounted the old secret after the rotation."],
            Resolution = "The backlog was shovelled to a lazy queue on another node, which cleared the alarm.",
            Timeline =
            [
                new() { Start = "23:58", Actor = "lena", Kind = EventKind.Diagnosis, Text = "Found the notifications queue at 2.3 million messages with no consumers." },
                new() { Start = "00:06", Actor = "lena", Kind = EventKind.Decision, Text = "Decided not to purge the queue and started a shovel to a lazy queue." },
                new() { Start = "00:31", Actor = "lena", Kind = EventKind.Resolution, Text = "Mounted the new secret and brought the consumers back." },
            ],
            ActionItems = [new() { Text = "Alert when any queue with traffic has zero consumers", Owner = "Lena", Status = ActionStatus.Done }],
            Lessons = new Lessons { WentWrong = ["The consumers were down for an hour before anyone noticed."] },
        };
        star?.Invoke(record.Star);
        return record;
    }

    public const string Situation =
        "Late on a Friday night our checkout started failing because the message broker had blocked every publisher while millions of receipts sat in a queue.";

    public const string Task = "I had to get checkout moving again quickly without losing a single queued receipt.";

    public const string MineAction =
        "I traced the blocked publishers to the memory alarm and the alarm to consumers that had been down for an hour. "
        + "I decided not to purge the queue, because those messages were receipts and tickets. "
        + "I moved the backlog with a shovel to a lazy queue on another node, which freed memory without losing anything. "
        + "Then I fixed the stale secret and brought the consumers back, and I left the status page to a colleague so I could stay on the fix.";

    public const string OursAction =
        "We traced the blocked publishers to the memory alarm and the alarm to consumers that had been down for an hour. "
        + "We decided not to purge the queue, because those messages were receipts and tickets. "
        + "We moved the backlog with a shovel to a lazy queue on another node, which freed our memory without losing anything. "
        + "Then we fixed the stale secret and brought our consumers back, and we updated the status page.";

    public const string ResultWithFigures =
        "Checkout was slow for 30 minutes and about 5,800 orders were delayed, but not one message was lost.";

    public const string ResultWithoutFigures = "Everything went back to normal and the team was relieved.";
}
