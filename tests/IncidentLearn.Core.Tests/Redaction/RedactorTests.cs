using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Redaction;

namespace IncidentLearn.Core.Tests.Redaction;

public sealed class RedactorTests
{
    private static readonly string[] Planted =
    [
        "Katrin", "Vogel", "Jonas", "Marta", "Nowak", "Priya", "dmitri.k", "Dmitri", "Fernhall", "Acme Corp", "Globex",
        "rmq-2", "pg-main-01", "db-primary-01.prod.example.com", "10.0.4.17", "https://status.fernhall.com/incidents/42",
        "€31,480", "$12,000", "katrin.vogel@fernhall.com",
    ];

    private static IncidentRecord Record() => new()
    {
        Title = "Disk full on the primary",
        Authors = ["Katrin Vogel"],
        AuthorRole = "On-call engineer at Fernhall",
        Services = ["order-api"],
        Timeline =
        [
            new() { Start = "23:05", Actor = "Katrin", Text = "Alert fired." },
            new() { Start = "23:52", Actor = "dmitri.k", Text = "p95 jumped." },
            new() { Start = "23:53", Actor = "priya", Text = "nothing deployed." },
            new() { Start = "23:54", Actor = "email-sender", Text = "crashloop." },
        ],
    };

    private const string Story =
        "I was the on-call engineer at Fernhall when db-primary-01.prod.example.com (10.0.4.17) filled its disk and rmq-2 blocked publishers. "
        + "Katrin Vogel here: I paged Jonas from data platform, and Dmitri declared a SEV1 while Priya checked pg-main-01. "
        + "I asked Marta Nowak to post on https://status.fernhall.com/incidents/42. Acme Corp and Globex lost €31,480 and $12,000. "
        + "Later Katrin wrote to katrin.vogel@fernhall.com, and dmitri.k closed the channel. Jonas and rmq-2 again.";

    private static RedactionPreview Preview() =>
        Redactor.Preview([("full.text", Story), ("followUps[0].answer", "Jonas agreed, and Katrin dropped the slot on rmq-2.")],
            Record(), new RedactionTerms(["Fernhall"], ["Acme Corp", "Globex"]));

    [Fact]
    public void NoneOfThePlantedDetailsSurvive()
    {
        var preview = Preview();

        foreach (var text in preview.Texts)
        {
            Assert.All(Planted, planted => Assert.DoesNotContain(planted, text.Redacted, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void TheSameDetailGetsTheSamePlaceholderAcrossTheStory()
    {
        var preview = Preview();
        var full = preview.Texts[0].Redacted;

        Assert.StartsWith("I was the on-call engineer at the company when host-1 ([IP 1]) filled its disk and host-2 blocked publishers.", full);
        Assert.Contains("Person A here: I paged Person B from data platform", full);
        Assert.Contains("Later Person A wrote to [email 1]", full);
        Assert.Contains("Customer 1 and Customer 2 lost [amount] and [amount].", full);
        Assert.Equal("Person B agreed, and Person A dropped the slot on host-2.", preview.Texts[1].Redacted);
        var people = preview.Changes.Where(c => c.Kind == RedactionKind.Person).GroupBy(c => c.Replacement).ToDictionary(g => g.Key, g => g.Select(c => c.Original).Distinct().ToList());
        Assert.Equal(["Katrin", "Katrin Vogel"], people["Person A"].Order());
    }

    [Fact]
    public void EveryChangeShowsWhereItWasInTheOriginal()
    {
        var preview = Preview();

        Assert.All(preview.Changes, change =>
        {
            var original = preview.Texts.Single(t => t.Field == change.Field).Original;
            Assert.Equal(change.Original, original.Substring(change.Start, change.Length));
        });
        Assert.Contains(preview.Changes, c => c is { Kind: RedactionKind.Url, Replacement: "[URL 1]", Original: "https://status.fernhall.com/incidents/42" });
        Assert.Contains(preview.Changes, c => c is { Kind: RedactionKind.Host, Original: "pg-main-01" });
    }

    [Fact]
    public void ServiceNamesAndTimesAreLeftAlone()
    {
        var preview = Redactor.Preview([("t", "The order-api returned 500 from 23:20 until 00:10 in eu-west-1.")], Record());

        Assert.Empty(preview.Changes);
    }
}
