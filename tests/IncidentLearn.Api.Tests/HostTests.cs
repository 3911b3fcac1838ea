using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentLearn.Api.Tests.Support;

namespace IncidentLearn.Api.Tests;

public sealed class HostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HealthReportsTheStoreReachable()
    {
        await using var app = new TestApp();

        var response = await app.CreateClient().GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheIncidentRoutes()
    {
        await using var app = new TestApp();

        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/incidents", out _));
        Assert.True(paths.TryGetProperty("/api/incidents/{id}", out _));
    }

    [Fact]
    public async Task TheFrontPageIsServedAtTheRoot()
    {
        await using var app = new TestApp();

        var html = await app.CreateClient().GetStringAsync("/", Ct);

        Assert.Contains("<h1><a href=\"#/\">IncidentLearn</a></h1>", html);
        Assert.Contains("app.js", html);
    }

    [Fact]
    public async Task AFirstStartWithAnEmptyStoreLoadsTheSampleIncidents()
    {
        await using var app = new TestApp(loadSamples: true);

        var list = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/incidents?pageSize=100", Ct);

        Assert.True(list.GetProperty("total").GetInt32() >= 8, $"Expected at least 8 samples, got {list.GetProperty("total")}.");
    }
}
