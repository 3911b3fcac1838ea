using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using IncidentLearn.Api.Tests.Support;

namespace IncidentLearn.Api.Tests.Features;

/// <summary>Timeline, STAR, cards, questions, coverage and redaction over HTTP, on one stored post-mortem.</summary>
public sealed class LearningEndpointsTests : IAsyncLifetime
{
    private const string Incident = """
        {
          "title": "Payment webhooks timed out after a retry-policy change",
          "date": "2025-04-02",
          "timeZone": "Europe/Berlin",
          "authors": ["Asha Raman"],
          "severity": "SEV2",
          "services": ["webhook-worker"],
          "tags": ["payments"],
          "authorRole": "On-call engineer for the payments platform",
          "summary": "A new retry policy retried 5xx answers without backoff and webhook calls timed out for 27 minutes.",
          "impact": "About 4,100 webhook deliveries were late; no payment was charged twice.",
          "rootCauses": ["The retry policy retried 5xx answers immediately, with no backoff."],
          "resolution": "Rolled the webhook worker back to v88.",
          "timeline": [
            { "start": "23:40", "text": "Webhook calls start timing out", "kind": "impact" },
            { "start": "23:47", "text": "Alert: 40% of webhook calls failing", "kind": "detection", "actor": "alerting" },
            { "start": "00:02", "end": "00:09", "statedDuration": "20 minutes", "text": "Rolled back webhook-worker to v88", "actor": "Asha Raman", "kind": "mitigation" },
            { "start": "00:14", "text": "Error rate back to normal", "kind": "resolution" }
          ],
          "actionItems": [ { "text": "Add exponential backoff to the retry policy", "owner": "Karl", "type": "prevent", "status": "done" } ],
          "lessons": { "wentWell": ["The rollback took seven minutes."] }
        }
        """;

    private readonly TestApp app = new();
    private HttpClient client = null!;
    private string id = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        client = app.CreateClient();
        var created = await client.PostAsync("/api/incidents", new StringContent(Incident, Encoding.UTF8, "application/json"), Ct);
        created.EnsureSuccessStatusCode();
        id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task TheTimelineHasComputedDurationsFindingsAndKeyFigures()
    {
        var report = await client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/timeline", Ct);

        var events = report.GetProperty("events");
        Assert.Equal(4, events.GetArrayLength());
        Assert.Equal(7, events[2].GetProperty("minutes").GetDouble());
        Assert.Equal(20, events[2].GetProperty("statedMinutes").GetDouble());
        Assert.StartsWith("2025-04-03T00:02:00+02:00", events[2].GetProperty("start").GetString());
        var kinds = report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.Contains("duration-mismatch", kinds);
        Assert.Contains("day-rollover", kinds);
        Assert.Equal(7, report.GetProperty("metrics").GetProperty("timeToDetect").GetDouble());
        Assert.Equal(29, report.GetProperty("metrics").GetProperty("timeToMitigate").GetDouble());
        Assert.Equal(34, report.GetProperty("spanMinutes").GetDouble());
    }

    [Fact]
    public async Task TheTimelineCanBeShownInAnotherZoneWithTheSameDurations()
    {
        var report = await client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/timeline?zone=America/New_York", Ct);

        Assert.StartsWith("2025-04-02T18:02:00-04:00", report.GetProperty("events")[2].GetProperty("start").GetString());
        Assert.Equal(7, report.GetProperty("events")[2].GetProperty("minutes").GetDouble());
    }

    [Fact]
    public async Task AnUnknownDisplayZoneIsA400NamingIt()
    {
        var response = await client.GetAsync($"/api/incidents/{id}/timeline?zone=Atlantis/Lost", Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Atlantis/Lost", Assert.Single(problem.ErrorsFor("zone")));
    }

    [Fact]
    public async Task TheTimelineChartIsValidSvgNamingTheEvents()
    {
        var response = await client.GetAsync($"/api/incidents/{id}/timeline.svg", Ct);

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains("Rolled back", svg.ToString());
    }

    [Fact]
    public async Task TheStarAnswerHasTwoLengthsCoachingAndMatchingQuestions()
    {
        var answer = await client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/star", Ct);

        var shortWords = answer.GetProperty("short").GetProperty("words").GetInt32();
        var fullWords = answer.GetProperty("full").GetProperty("words").GetInt32();
        Assert.InRange(shortWords, 40, 170);
        Assert.True(fullWords >= shortWords, $"The 2-minute answer ({fullWords} words) is shorter than the 60-second one ({shortWords}).");
        Assert.Contains(" I ", " " + answer.GetProperty("full").GetProperty("action").GetString());
        Assert.NotEmpty(answer.GetProperty("checks").EnumerateArray());
        Assert.NotEmpty(answer.GetProperty("questions").EnumerateArray());
        Assert.NotEmpty(answer.GetProperty("followUps").EnumerateArray());
    }

    [Fact]
    public async Task TheStarStoryCanBeReadAsMarkdown()
    {
        var markdown = await client.GetStringAsync($"/api/incidents/{id}/star?format=md", Ct);

        Assert.StartsWith("# Payment webhooks timed out after a retry-policy change", markdown);
        Assert.Contains("60-second answer", markdown);
    }

    [Fact]
    public async Task CardsNameTheFieldTheyCameFromAndHaveStableIds()
    {
        var first = await client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/cards", Ct);
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/cards", Ct);

        var cards = first.GetProperty("cards").EnumerateArray().ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("source").GetString())));
        Assert.Contains(cards, c => c.GetProperty("kind").GetString() == "qa");
        Assert.Equal(
            cards.Select(c => c.GetProperty("id").GetString()),
            second.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task TheQuestionBankAndCoverageAreServed()
    {
        var bank = await client.GetFromJsonAsync<JsonElement>("/api/questions", Ct);
        var coverage = await client.GetFromJsonAsync<JsonElement>("/api/coverage", Ct);

        var questions = bank.GetProperty("competencies").EnumerateArray().Sum(c => c.GetProperty("questions").GetArrayLength());
        Assert.True(questions >= 60, $"The bank has {questions} questions.");
        Assert.Contains(coverage.GetProperty("uncovered").EnumerateArray(), c => c.GetString() is not null);
    }

    [Fact]
    public async Task RedactionReplacesThePeopleAndTheCompanyYouName()
    {
        var response = await client.PostAsJsonAsync($"/api/incidents/{id}/redact", new { companies = new[] { "webhook-worker" }, customers = Array.Empty<string>() }, Ct);

        var preview = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var redacted = string.Join("\n", preview.GetProperty("texts").EnumerateArray().Select(t => t.GetProperty("redacted").GetString()));
        Assert.DoesNotContain("Asha", redacted);
        Assert.NotEmpty(preview.GetProperty("changes").EnumerateArray());
    }

    [Theory]
    [InlineData("timeline")]
    [InlineData("timeline.svg")]
    [InlineData("star")]
    [InlineData("cards")]
    public async Task AnUnknownIncidentIs404ForEveryFeature(string feature)
    {
        var response = await client.GetAsync($"/api/incidents/{Guid.NewGuid()}/{feature}", Ct);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
