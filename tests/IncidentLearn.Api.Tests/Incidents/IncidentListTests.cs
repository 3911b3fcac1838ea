using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IncidentLearn.Api.Tests.Support;

namespace IncidentLearn.Api.Tests.Incidents;

public sealed class IncidentListTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheListIsPagedFilteredAndSorted()
    {
        await using var app = new TestApp();
        var client = app.CreateClient();
        foreach (var (title, date, severity, tag) in new[]
        {
            ("Cold cache after upgrade", "2025-01-14", "SEV1", "caching"),
            ("Webhook retry storm", "2025-04-02", "SEV2", "payments"),
            ("Expired API certificate", "2024-11-30", "SEV1", "tls"),
        })
        {
            var json = $$"""{ "title": "{{title}}", "date": "{{date}}", "severity": "{{severity}}", "tags": ["{{tag}}"] }""";
            (await client.PostAsync("/api/incidents", new StringContent(json, Encoding.UTF8, "application/json"), Ct)).EnsureSuccessStatusCode();
        }

        var sev1 = await client.GetFromJsonAsync<JsonElement>("/api/incidents?severity=SEV1&sort=date", Ct);
        Assert.Equal(2, sev1.GetProperty("total").GetInt32());
        Assert.Equal(["Expired API certificate", "Cold cache after upgrade"], sev1.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));

        var page = await client.GetFromJsonAsync<JsonElement>("/api/incidents?page=2&pageSize=2&sort=-date", Ct);
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal("Expired API certificate", Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());

        var tagged = await client.GetFromJsonAsync<JsonElement>("/api/incidents?tag=payments&from=2025-01-01&to=2025-12-31", Ct);
        Assert.Equal("Webhook retry storm", Assert.Single(tagged.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("from=yesterday", "from")]
    [InlineData("sort=chaos", "sort")]
    [InlineData("status=finished", "status")]
    public async Task ABadListQueryIsA400NamingTheParameter(string query, string field)
    {
        await using var app = new TestApp();

        var response = await app.CreateClient().GetAsync($"/api/incidents?{query}", Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor(field));
    }
}
