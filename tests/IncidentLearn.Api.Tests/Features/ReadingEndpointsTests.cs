using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IncidentLearn.Api.Tests.Support;

namespace IncidentLearn.Api.Tests.Features;

public sealed class ReadingEndpointsTests
{
    // An outline answer with page noise around it, as copied from a flashcard site.
    private const string Outline = """
        Study set
        Why did the pager stay silent?
        Why did the pager stay silent?
        Sign up and view all the answers
        Pager Silence – Example Response
        - Situation: Hospital paging gateway, night shift, 2023. I ran the integration team’s on-call.
        - Challenge: Pages to the cardiology rota were accepted by the gateway but never delivered for 1 hour 40 minutes.
        - Mistake: A certificate pinned in the SMS provider client had been rotated by the provider.
        - Immediate Response: Switched the gateway to the backup provider and re-sent 214 queued pages.
        - Resolution: Removed the pin and added a delivery receipt check.
        - Preventive Measures:
          - Alert when delivery receipts stop for 5 minutes.
          - Quarterly failover drill to the backup provider.
        - Outcome: No patient harm; 214 pages delivered late, the longest by 98 minutes.
        - Lessons Learned: Accepted is not delivered; watch the receipt, not the request.
        - Anticipated Follow-Up Question 1: How Did You Convince The Vendor
          - Approach: Shared packet captures showing the TLS failure.
          - Outcome: The vendor published the rotation schedule.
        Description
        Cards about a silent pager outage.
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Text(string text) => new(text, Encoding.UTF8, "text/plain");

    [Fact]
    public async Task AnalyzeReadsAnOutlineAndStoresNothing()
    {
        await using var app = new TestApp();
        var client = app.CreateClient();

        var response = await client.PostAsync("/api/analyze", Text(Outline), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var analysis = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("outline", analysis.GetProperty("shape").GetString());
        Assert.Equal("Pages to the cardiology rota were accepted by the gateway but never delivered for 1 hour 40 minutes.", analysis.GetProperty("star").GetProperty("task").GetString());
        Assert.Equal(2, analysis.GetProperty("actionItems").GetArrayLength());
        Assert.Equal("Why did the pager stay silent?", Assert.Single(analysis.GetProperty("questions").EnumerateArray()).GetString());
        Assert.Single(analysis.GetProperty("followUps").EnumerateArray());
        Assert.Contains(analysis.GetProperty("dropped").EnumerateArray(), d => d.GetProperty("text").GetString() == "Sign up and view all the answers");
        Assert.True(analysis.TryGetProperty("prompt", out var prompt) && prompt.ValueKind == JsonValueKind.Null);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/incidents", Ct);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ImportStoresTheRecordWithItsSourceAndSaysHowItWasRead()
    {
        await using var app = new TestApp();
        var client = app.CreateClient();

        var response = await client.PostAsync("/api/incidents/import", Text(Outline), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("outline", body.GetProperty("report").GetProperty("shape").GetString());
        var id = body.GetProperty("id").GetString();
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}", Ct);
        Assert.Equal(Outline, stored.GetProperty("sourceText").GetString());
        Assert.Contains("Removed the pin", stored.GetProperty("resolution").GetString());
    }

    [Fact]
    public async Task AnalyzeRefusesABodyOverTheLimitNamingIt()
    {
        await using var app = new TestApp(maxBodyBytes: 1024);

        var response = await app.CreateClient().PostAsync("/api/analyze", Text(Outline + new string('x', 2000)), Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1,024 bytes", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ImportRefusesBytesThatAreNotUtf8AndStoresNothing()
    {
        await using var app = new TestApp();
        var client = app.CreateClient();
        var content = new ByteArrayContent([0x4F, 0x75, 0x74, 0x61, 0x67, 0x65, 0x20, 0xFC, 0x62, 0x65, 0x72]);

        var response = await client.PostAsync("/api/incidents/import", content, Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("byte 7", problem.GetProperty("detail").GetString());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/incidents", Ct)).GetProperty("total").GetInt32());
    }
}
