using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IncidentLearn.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentLearn.Api.Tests.Study;

/// <summary>
/// Study sessions over HTTP on one stored incident, with a fake clock, three new cards a day and fuzz off,
/// so every interval can be checked by hand against FSRS-6's defaults.
/// </summary>
public sealed class StudyEndpointsTests : IAsyncLifetime
{
    private const string Incident = """
        {
          "title": "Payment webhooks timed out after a retry-policy change",
          "date": "2025-04-02",
          "timeZone": "Europe/Berlin",
          "severity": "SEV2",
          "services": ["webhook-worker"],
          "tags": ["payments"],
          "summary": "A new retry policy retried 5xx answers without backoff and webhook calls timed out for 27 minutes.",
          "impact": "About 4,100 webhook deliveries were late; no payment was charged twice.",
          "rootCauses": ["The retry policy retried 5xx answers immediately, with no backoff."],
          "resolution": "Rolled the webhook worker back to v88.",
          "timeline": [
            { "start": "23:40", "text": "Webhook calls start timing out", "kind": "impact" },
            { "start": "23:47", "text": "Alert: 40% of webhook calls failing", "kind": "detection", "actor": "alerting" },
            { "start": "00:02", "end": "00:09", "text": "Rolled back webhook-worker to v88", "actor": "Asha Raman", "kind": "mitigation" },
            { "start": "00:14", "text": "Error rate back to normal", "kind": "resolution" }
          ],
          "actionItems": [ { "text": "Add exponential backoff to the retry policy", "owner": "Karl", "type": "prevent", "status": "done" } ]
        }
        """;

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly TestApp app = new();
    private readonly FakeClock clock = new(Start);
    private HttpClient client = null!;
    private string incidentId = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // The derived factory is disposed with the app, which also deletes its database file.
        var factory = app.WithWebHostBuilder(web =>
        {
            web.UseSetting("Study:NewCardsPerDay", "3");
            web.UseSetting("Study:EnableFuzz", "false");
            web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        });
        client = factory.CreateClient();
        var created = await client.PostAsync("/api/incidents", new StringContent(Incident, Encoding.UTF8, "application/json"), Ct);
        created.EnsureSuccessStatusCode();
        incidentId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ANewLearnerGetsNewCardsOnlyUpToTheDailyLimit()
    {
        var deck = await DeckIdsAsync();
        Assert.True(deck.Count > 3, $"The incident should make more than three cards; it made {deck.Count}.");

        var session = await NextAsync();

        var cards = session.GetProperty("cards").EnumerateArray().ToList();
        Assert.Equal(3, cards.Count);
        Assert.Equal(deck.Take(3), cards.Select(c => c.GetProperty("cardId").GetString()!));
        Assert.All(cards, c => Assert.Equal("new", c.GetProperty("state").GetProperty("phase").GetString()));
        Assert.All(cards, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("state").GetProperty("due").ValueKind));
        Assert.All(cards, c => Assert.Equal("Payment webhooks timed out after a retry-policy change", c.GetProperty("incidentTitle").GetString()));
        Assert.All(cards, c => Assert.Equal(incidentId, c.GetProperty("incidentId").GetString()));
        Assert.All(cards, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("question").GetString())));
        Assert.Equal((0, 3, 3), (session.GetProperty("due").GetInt32(), session.GetProperty("new").GetInt32(), session.GetProperty("newCardsLeftToday").GetInt32()));
        Assert.Equal("me", session.GetProperty("user").GetString());
    }

    [Fact]
    public async Task AGoodAnswerTakesTheCardOutOfTheQueueUntilItIsDue()
    {
        var first = (await NextAsync("ann")).GetProperty("cards")[0].GetProperty("cardId").GetString()!;

        var review = await ReviewAsync("ann", first, "good");
        Assert.Equal("10 minutes", review.GetProperty("interval").GetString());
        Assert.Equal(Start.AddMinutes(10), review.GetProperty("due").GetDateTimeOffset());
        Assert.Equal("learning", review.GetProperty("state").GetProperty("phase").GetString());

        var during = await NextAsync("ann");
        Assert.DoesNotContain(first, CardIds(during));
        // One of today's three new cards is used, so two are left; another learner still has all three.
        Assert.Equal(2, during.GetProperty("newCardsLeftToday").GetInt32());
        Assert.Equal(2, during.GetProperty("cards").GetArrayLength());
        Assert.Equal(3, (await NextAsync("bo")).GetProperty("cards").GetArrayLength());

        clock.Advance(TimeSpan.FromMinutes(11));
        var after = await NextAsync("ann");
        var due = after.GetProperty("cards")[0];
        Assert.Equal(first, due.GetProperty("cardId").GetString());
        Assert.Equal("learning", due.GetProperty("state").GetProperty("phase").GetString());
        Assert.Equal(1, due.GetProperty("state").GetProperty("reps").GetInt32());
        Assert.Equal(1, after.GetProperty("due").GetInt32());
    }

    [Fact]
    public async Task EachRatingOfANewCardGivesItsOwnFirstInterval()
    {
        var deck = await DeckIdsAsync();

        // Learning steps are 1 and 10 minutes: again restarts at 1, hard waits halfway (5.5), good moves to 10;
        // easy skips the steps to S0(easy) = w3 = 8.2956, an 8-day interval. Ratings may be words or FSRS's numbers.
        var again = await ReviewAsync("me", deck[0], "again");
        var hard = await ReviewAsync("me", deck[1], 2);
        var good = await ReviewAsync("me", deck[2], "Good");
        var easy = await ReviewAsync("me", deck[3], 4);

        Assert.Equal(("1 minute", 1.0), (again.GetProperty("interval").GetString(), again.GetProperty("intervalMinutes").GetDouble()));
        Assert.Equal(("5.5 minutes", 5.5), (hard.GetProperty("interval").GetString(), hard.GetProperty("intervalMinutes").GetDouble()));
        Assert.Equal(("10 minutes", 10.0), (good.GetProperty("interval").GetString(), good.GetProperty("intervalMinutes").GetDouble()));
        Assert.Equal(("8 days", 8 * 24 * 60.0), (easy.GetProperty("interval").GetString(), easy.GetProperty("intervalMinutes").GetDouble()));
        Assert.Equal(["again", "hard", "good", "easy"], new[] { again, hard, good, easy }.Select(r => r.GetProperty("rating").GetString()));
        Assert.Equal("review", easy.GetProperty("state").GetProperty("phase").GetString());
        Assert.Equal(8.2956, easy.GetProperty("state").GetProperty("stability").GetDouble(), 4);
        Assert.Equal(Start.AddDays(8), easy.GetProperty("due").GetDateTimeOffset());
    }

    [Fact]
    public async Task StatsCountTodaysReviewsDueCardsRetentionAndCardsPerIncident()
    {
        var deck = await DeckIdsAsync();
        await ReviewAsync("ann", deck[0], "easy");
        await ReviewAsync("ann", deck[1], "good");

        var first = await StatsAsync("ann");
        // The good card is due in ten minutes, today; the easy one in eight days. No card was in review yet.
        Assert.Equal((1, 2, 1), (first.GetProperty("dueToday").GetInt32(), first.GetProperty("reviewsToday").GetInt32(), first.GetProperty("streakDays").GetInt32()));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("retention").ValueKind);
        var perIncident = Assert.Single(first.GetProperty("cardsPerIncident").EnumerateArray());
        Assert.Equal((incidentId, 2), (perIncident.GetProperty("incidentId").GetString(), perIncident.GetProperty("cards").GetInt32()));
        Assert.Equal("Payment webhooks timed out after a retry-policy change", perIncident.GetProperty("title").GetString());

        clock.Advance(TimeSpan.FromDays(8));
        await ReviewAsync("ann", deck[0], "again");
        var later = await StatsAsync("ann");
        // One review of a card in review, rated again: retention 0. Both cards are due today (one relearning, one overdue).
        Assert.Equal(0, later.GetProperty("retention").GetDouble());
        Assert.Equal((2, 1, 1), (later.GetProperty("dueToday").GetInt32(), later.GetProperty("reviewsToday").GetInt32(), later.GetProperty("streakDays").GetInt32()));
        Assert.Equal(0, (await StatsAsync("bo")).GetProperty("reviewsToday").GetInt32());
    }

    [Fact]
    public async Task ForgettingProgressMakesEveryCardNewAgain()
    {
        var first = (await NextAsync()).GetProperty("cards")[0].GetProperty("cardId").GetString()!;
        await ReviewAsync("me", first, "good");

        var response = await client.DeleteAsync("/api/study/progress?user=me", Ct);
        response.EnsureSuccessStatusCode();
        var deleted = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal((1, 1), (deleted.GetProperty("cardStates").GetInt32(), deleted.GetProperty("reviews").GetInt32()));
        var session = await NextAsync();
        Assert.Equal(3, session.GetProperty("newCardsLeftToday").GetInt32());
        Assert.Contains(first, CardIds(session));
    }

    [Fact]
    public async Task ReviewingAnUnknownCardIsNotFound()
    {
        var response = await client.PostAsJsonAsync("/api/study/reviews", new { cardId = "crd_0000000000", rating = "good" }, Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("No such card.", problem.GetProperty("title").GetString());
        Assert.Contains("crd_0000000000", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("\"meh\"")]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("null")]
    [InlineData("[\"good\"]")]
    public async Task ARatingOutsideTheFourAnswersIsRejectedNamingTheRating(string rating)
    {
        var card = (await DeckIdsAsync())[0];
        var body = new StringContent($$"""{ "cardId": "{{card}}", "rating": {{rating}} }""", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/study/reviews", body, Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("again", Assert.Single(problem.ErrorsFor("rating")));
        Assert.Empty(await IncidentsStudiedAsync());
    }

    [Fact]
    public async Task AReviewWithoutACardIdIsRejectedNamingTheCardId()
    {
        var response = await client.PostAsJsonAsync("/api/study/reviews", new { rating = "good" }, Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("cardId"));
    }

    [Theory]
    [InlineData("GET", "/api/study/next?user=bob%20smith")]
    [InlineData("GET", "/api/study/stats?user=")]
    [InlineData("DELETE", "/api/study/progress?user=%3Cscript%3E")]
    [InlineData("POST", "/api/study/reviews?user=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task AUserNameOutsideTheAllowedCharactersIsRejectedNamingTheUser(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { cardId = (await DeckIdsAsync())[0], rating = "good" });
        }

        var response = await client.SendAsync(request, Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("user"));
    }

    [Fact]
    public async Task ALearnerNamedWithEveryAllowedCharacterIsAccepted()
    {
        var user = "ana.lopez-2_ops@example.org";

        var session = await NextAsync(user);

        Assert.Equal(user, session.GetProperty("user").GetString());
    }

    [Fact]
    public async Task ASessionCanBeLimitedAndAskingForAnUnknownIncidentIsNotFound()
    {
        Assert.Single(CardIds(await client.GetFromJsonAsync<JsonElement>($"/api/study/next?incident={incidentId}&limit=1", Ct)));

        var badLimit = await client.GetAsync("/api/study/next?limit=0", Ct);
        Assert.NotEmpty((await badLimit.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("limit"));
        var unknown = await client.GetAsync($"/api/study/next?incident={Guid.NewGuid()}", Ct);
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<JsonElement> NextAsync(string user = "me") =>
        await client.GetFromJsonAsync<JsonElement>($"/api/study/next?user={user}", Ct);

    private async Task<JsonElement> StatsAsync(string user) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/study/stats?user={user}", Ct);

    private async Task<JsonElement> ReviewAsync(string user, string cardId, object rating)
    {
        var response = await client.PostAsJsonAsync($"/api/study/reviews?user={user}", new { cardId, rating }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<IReadOnlyList<string>> IncidentsStudiedAsync() =>
        [.. (await StatsAsync("me")).GetProperty("cardsPerIncident").EnumerateArray().Select(c => c.GetProperty("incidentId").GetString()!)];

    private async Task<List<string>> DeckIdsAsync()
    {
        var deck = await client.GetFromJsonAsync<JsonElement>($"/api/incidents/{incidentId}/cards", Ct);
        return [.. deck.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
    }

    private static string[] CardIds(JsonElement session) =>
        [.. session.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("cardId").GetString()!)];
}
