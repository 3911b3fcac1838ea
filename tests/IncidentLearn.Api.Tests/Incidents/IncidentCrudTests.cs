using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IncidentLearn.Api.Tests.Support;

namespace IncidentLearn.Api.Tests.Incidents;

public sealed class IncidentCrudTests : IAsyncLifetime
{
    private readonly TestApp app = new();
    private HttpClient client = null!;

    public ValueTask InitializeAsync()
    {
        client = app.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Markdown(string text) => new(text, Encoding.UTF8, "text/markdown");

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private async Task<(string Id, string ETag)> CreateAsync(HttpContent content)
    {
        var response = await client.PostAsync("/api/incidents", content, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        return (id, response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task APostmortemInMarkdownIsCreatedReadEditedExportedAndReimportedUnchanged()
    {
        var created = await client.PostAsync("/api/incidents", Markdown(SampleIncident.Markdown), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetString();
        Assert.Equal($"/api/incidents/{id}", created.Headers.Location?.OriginalString);

        var read = await client.GetAsync($"/api/incidents/{id}", Ct);
        var record = JsonDocument.Parse(await read.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("Search index rebuild ate the disk", record.GetProperty("title").GetString());
        Assert.Equal("in-review", record.GetProperty("status").GetString());
        Assert.Equal(3, record.GetProperty("timeline").GetArrayLength());

        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/incidents/{id}")
        {
            Content = Markdown(SampleIncident.Markdown.Replace("status: in-review", "status: published", StringComparison.Ordinal)),
        };
        edit.Headers.IfMatch.Add(read.Headers.ETag!);
        var edited = await client.SendAsync(edit, Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.NotEqual(read.Headers.ETag!.Tag, edited.Headers.ETag!.Tag);

        var exported = await client.GetStringAsync($"/api/incidents/{id}.md", Ct);
        Assert.Contains("status: published", exported);
        Assert.Contains($"id: {id}", exported);

        await client.DeleteAsync($"/api/incidents/{id}", Ct);
        var (reimportedId, _) = await CreateAsync(Markdown(exported));
        Assert.Equal(id, reimportedId);
        Assert.Equal(exported, await client.GetStringAsync($"/api/incidents/{id}.md", Ct));
    }

    [Fact]
    public async Task AStaleEditGets412AndLosesNothing()
    {
        var (id, etag) = await CreateAsync(Json(SampleIncident.Json));

        var first = new HttpRequestMessage(HttpMethod.Put, $"/api/incidents/{id}") { Content = Json(SampleIncident.Json.Replace("38 minutes", "40 minutes", StringComparison.Ordinal)) };
        first.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(first, Ct)).StatusCode);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/incidents/{id}") { Content = Json(SampleIncident.Json.Replace("38 minutes", "a while", StringComparison.Ordinal)) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var response = await client.SendAsync(stale, Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("changed since you read it", problem.GetProperty("title").GetString());
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}", Ct);
        Assert.Contains("40 minutes", stored.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task AnEditWithoutIfMatchGets428()
    {
        var (id, _) = await CreateAsync(Json(SampleIncident.Json));

        var response = await client.PutAsync($"/api/incidents/{id}", Json(SampleIncident.Json), Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Contains("If-Match", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AMissingTitleIsA400NamingTheField()
    {
        var response = await client.PostAsync("/api/incidents", Json("""{ "summary": "no title here" }"""), Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("A title is required.", problem.ErrorsFor("title"));
    }

    [Fact]
    public async Task AWrongTypeIsA400NamingTheFieldAndWhatItAccepts()
    {
        var response = await client.PostAsync("/api/incidents", Json("""{ "title": "x", "status": "done-ish" }"""), Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("one of draft, in-review, published", Assert.Single(problem.ErrorsFor("status")));
    }

    [Fact]
    public async Task AnUnknownTimeZoneIsA400()
    {
        var response = await client.PostAsync("/api/incidents", Json("""{ "title": "x", "timeZone": "Mars/Olympus_Mons" }"""), Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("IANA", Assert.Single(problem.ErrorsFor("timeZone")));
    }

    [Fact]
    public async Task MalformedFrontMatterIsA400AndNothingIsStored()
    {
        var broken = "---\ntitle: [unclosed\ndate: 2025-01-01\n---\n\n## Summary\n\nText.\n";

        var response = await client.PostAsync("/api/incidents", Markdown(broken), Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("frontMatter"));
        var list = await client.GetFromJsonAsync<JsonElement>("/api/incidents", Ct);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AnUnknownIdIsA404ProblemForEveryVerb()
    {
        var id = Guid.NewGuid();
        await (await client.GetAsync($"/api/incidents/{id}", Ct)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/incidents/{id}.md", Ct)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync($"/api/incidents/{id}", Ct)).AssertProblemAsync(HttpStatusCode.NotFound);

        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/incidents/{id}") { Content = Json(SampleIncident.Json) };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        await (await client.SendAsync(put, Ct)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PostingAnIdThatExistsIsAConflictAndTheStoredOneIsKept()
    {
        var (id, _) = await CreateAsync(Json(SampleIncident.Json));
        var copy = SampleIncident.Json.Replace("\"title\": \"Checkout latency after a Redis failover\"", $"\"id\": \"{id}\", \"title\": \"Overwritten?\"", StringComparison.Ordinal);

        var response = await client.PostAsync("/api/incidents", Json(copy), Ct);

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}", Ct);
        Assert.Equal("Checkout latency after a Redis failover", stored.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ATextBodyThatIsNeitherJsonNorMarkdownIs415()
    {
        var response = await client.PostAsync("/api/incidents", new StringContent("<xml/>", Encoding.UTF8, "application/xml"), Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("text/markdown", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task BytesThatAreNotUtf8AreA400SayingWhere()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: Caf").Concat(new byte[] { 0xE9, 0x0A }).Concat(Encoding.UTF8.GetBytes("---\n")).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");

        var response = await client.PostAsync("/api/incidents", content, Ct);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("byte 14", problem.GetProperty("detail").GetString());
    }
}
