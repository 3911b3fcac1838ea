using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using System.Text;
using IncidentLearn.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace IncidentLearn.Api.Tests.Browser;

/// <summary>
/// One Chromium per test class (launching it is the slow part); each test gets its own context and page, and
/// its own app. When Chromium is missing the launch's skip (or, in CI, its failure) is replayed in every test.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;
    private ExceptionDispatchInfo? unavailable;

    public async ValueTask InitializeAsync()
    {
        try
        {
            (playwright, browser) = await Chromium.LaunchOrSkipAsync();
        }
        catch (Exception exception)
        {
            unavailable = ExceptionDispatchInfo.Capture(exception);
        }
    }

    /// <summary>A fresh page at the given size; script errors on it are collected in <see cref="BrowserPage.Errors"/>.</summary>
    public async Task<BrowserPage> OpenAsync(ServedApp app, string hash = "#/", int width = 1280, int height = 900)
    {
        unavailable?.Throw();
        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = app.BaseAddress });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        var opened = new BrowserPage(page);
        page.PageError += (_, error) => opened.Errors.Add(error);
        page.Console += (_, message) =>
        {
            // An answer of 4xx is logged by Chromium as "Failed to load resource"; the tests check what the page made of it.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                opened.Errors.Add(message.Text);
            }
        };
        await page.GotoAsync("/" + hash);
        return opened;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

/// <summary>A page and the script errors it raised (a test ends by asserting there were none).</summary>
public sealed class BrowserPage(IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> Errors { get; } = [];

    /// <summary>A screenshot to look at by hand: /tmp/frontend-{name}.png (the viewport) and -full (the whole page).</summary>
    public async Task ScreenshotAsync(string name)
    {
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"frontend-{name}.png") });
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"frontend-{name}-full.png"), FullPage = true });
    }

    /// <summary>One part of the page, for a closer look: /tmp/frontend-{name}.png.</summary>
    public Task ScreenshotAsync(ILocator part, string name) =>
        part.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"frontend-{name}.png") });

    public async ValueTask DisposeAsync()
    {
        await Page.Context.CloseAsync();
        Assert.Empty(Errors);
    }
}

/// <summary>The real app on a real port (Kestrel on port 0), with an HttpClient to set up data through the API.</summary>
public sealed class ServedApp : IAsyncDisposable
{
    private readonly TestApp app;

    public ServedApp(bool loadSamples = false)
    {
        app = new TestApp(loadSamples);
        app.UseKestrel(0);
        app.StartServer();
        Client = app.CreateClient();
    }

    public HttpClient Client { get; }

    public string BaseAddress => Client.BaseAddress!.ToString();

    /// <summary>Stores a write-up through POST /api/incidents/import and answers its id.</summary>
    public async Task<Guid> ImportAsync(string text)
    {
        var response = await Client.PostAsync("/api/incidents/import", new StringContent(text, Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return body.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Stores a small incident as JSON and answers its id.</summary>
    public async Task<Guid> CreateAsync(string title, string severity = "SEV2")
    {
        var json = $$"""{ "title": "{{title}}", "severity": "{{severity}}", "date": "2025-05-01", "summary": "{{title}} — what happened.", "star": { "situation": "The webhook queue backed up.", "task": "I had to drain it.", "action": "I paused the retries and drained the queue.", "result": "Delivery was back within 20 minutes." } }""";
        var response = await Client.PostAsync("/api/incidents", new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return body.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Changes an incident behind the page's back: GET it, change the title, PUT it with its ETag.</summary>
    public async Task RetitleThroughApiAsync(Guid id, string title)
    {
        var ct = TestContext.Current.CancellationToken;
        var read = await Client.GetAsync($"/api/incidents/{id}", ct);
        read.EnsureSuccessStatusCode();
        var node = System.Text.Json.Nodes.JsonNode.Parse(await read.Content.ReadAsStringAsync(ct))!;
        node["title"] = title;
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/incidents/{id}") { Content = new StringContent(node.ToJsonString(), Encoding.UTF8, "application/json") };
        put.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(read.Headers.ETag!.ToString()));
        (await Client.SendAsync(put, ct)).EnsureSuccessStatusCode();
    }

    public async Task<string> TitleOfAsync(Guid id)
    {
        var body = await Client.GetStringAsync($"/api/incidents/{id}", TestContext.Current.CancellationToken);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("title").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }
}
