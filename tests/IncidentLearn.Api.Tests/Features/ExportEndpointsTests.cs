using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IncidentLearn.Api.Tests.Support;

namespace IncidentLearn.Api.Tests.Features;

public sealed class ExportEndpointsTests : IAsyncLifetime
{
    private readonly TestApp app = new();
    private HttpClient client = null!;
    private string id = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        client = app.CreateClient();
        foreach (var (title, tag) in new[] { ("Webhook retry storm", "payments"), ("Cold cache after upgrade", "caching") })
        {
            var json = $$"""{ "title": "{{title}}", "date": "2025-05-01", "tags": ["{{tag}}"], "summary": "{{title}}: what happened.", "rootCauses": ["A change without a canary."] }""";
            var created = await client.PostAsync("/api/incidents", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
            id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task OneIncidentDownloadsAsAPdfNamedFromItsTitle()
    {
        var response = await client.GetAsync($"/api/incidents/{id}/export?format=pdf", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("cold-cache-after-upgrade.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("%PDF"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync(Ct))[..4]);
    }

    [Fact]
    public async Task AnUnknownFormatIsA400NamingTheChoices()
    {
        var response = await client.GetAsync($"/api/incidents/{id}/export?format=docx", Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("share-md", Assert.Single(problem.ErrorsFor("format")));
    }

    [Fact]
    public async Task ABulkExportIsAZipOfTheIncidentsTheFilterMatches()
    {
        var all = await client.PostAsJsonAsync("/api/exports", new { format = "md" }, Ct);
        var filtered = await client.PostAsJsonAsync("/api/exports", new { format = "md", tag = "payments" }, Ct);

        Assert.Equal("application/zip", all.Content.Headers.ContentType?.MediaType);
        using (var zip = new ZipArchive(await all.Content.ReadAsStreamAsync(Ct)))
        {
            Assert.Equal(["cold-cache-after-upgrade.md", "webhook-retry-storm.md"], zip.Entries.Select(e => e.FullName).Order());
        }

        using var only = new ZipArchive(await filtered.Content.ReadAsStreamAsync(Ct));
        Assert.Equal("webhook-retry-storm.md", Assert.Single(only.Entries).FullName);
    }

    [Fact]
    public async Task ABulkExportWithABadFilterIsA400()
    {
        var response = await client.PostAsJsonAsync("/api/exports", new { format = "md", from = "last week" }, Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("from"));
    }
}
