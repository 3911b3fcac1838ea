using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Benchmarks;

/// <summary>A thousand sample-like incidents: one realistic record varied by service, figures and times.</summary>
internal static class CardBenchmarkIncidents
{
    private static readonly string[] ServiceNames = ["payments", "checkout", "search", "orders", "ledger", "identity", "media", "notifications"];

    public static List<IncidentRecord> Make(int count) => [.. Enumerable.Range(0, count).Select(One)];

    private static IncidentRecord One(int i)
    {
        var service = ServiceNames[i % ServiceNames.Length] + "-" + (i % 37);
        var minutes = 20 + (i % 90);
        var start = new TimeOnly(8 + (i % 12), i % 60);
        return new IncidentRecord
        {
            Id = new Guid(i, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]),
            Title = $"{service} returned errors after release {i}",
            Date = new DateOnly(2024, 1, 1).AddDays(i % 365),
            TimeZone = "UTC",
            Services = [service, "api-gateway"],
            Tags = [ServiceNames[i % ServiceNames.Length], "release"],
            Summary = $"A release of {service} changed the connection pool size from {20 + i % 50} to {5 + i % 7}, so requests queued and timed out. Users saw errors for {minutes} minutes until the release was rolled back.",
            Impact = $"About {1000 + (i * 37 % 9000):N0} requests failed and {i % 300} orders worth €{(i * 113 % 50000) + 500:N0} were delayed.",
            RootCauses = [$"The pool size for {service} was set to {5 + i % 7} in release {i}.", $"No load test covered {service} with more than {10 * (1 + i % 9)} concurrent users."],
            Trigger = $"Release {i} of {service} at {start:HH:mm}.",
            Detection = $"An error-rate alert fired after {3 + i % 10} minutes. The on-call engineer acknowledged it from the dashboard.",
            Resolution = $"The on-call engineer rolled back release {i} with the deploy tool. Then the team added a load test with {50 + i % 50} concurrent users.",
            ContributingFactors = [$"The release of {service} went out on a {(i % 2 == 0 ? "Friday" : "Monday")} afternoon."],
            Timeline =
            [
                new() { Start = $"{start:HH:mm}", Text = $"Release {i} of {service} deployed", Kind = EventKind.Impact },
                new() { Start = $"{start.AddMinutes(5):HH:mm}", Text = "Error-rate alert fired", Kind = EventKind.Detection },
                new() { Start = $"{start.AddMinutes(9):HH:mm}", End = $"{start.AddMinutes(minutes):HH:mm}", Text = "Rolled back the release", Kind = EventKind.Mitigation },
                new() { Start = $"{start.AddMinutes(minutes + 30):HH:mm}", Text = "Error rate back to normal", Kind = EventKind.Resolution },
            ],
            ActionItems =
            [
                new() { Text = $"Load test {service} with {50 + i % 50} concurrent users before each release", Type = ActionType.Prevent },
                new() { Text = $"Alert on pool saturation for {service}", Type = ActionType.Detect },
            ],
            Lessons = new() { WentWell = ["The rollback took under ten minutes."], WentWrong = [$"Pool settings for {service} were changed without review."] },
            Star = new() { Result = $"Errors stopped {minutes} minutes after the release and no data was lost." },
            FollowUps = [new() { Question = "Why roll back instead of fixing forward?", Answer = "The previous release was known to be good and rolling back took two minutes; a fix would have needed review and a new build." }],
            Questions = [$"What pool size did release {i} set?"],
        };
    }
}
