using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IncidentLearn.Api.Tests.Browser;

/// <summary>#/new: paste a write-up, see how it reads before anything is stored, then save it.</summary>
public sealed class PastePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string ChatLog = """
        #inc-search-latency — exported 2025-03-14 (UTC)

        [09:02] maya: search p99 is at 4s, anyone deploying?
        [09:04] tom: rolled out the new analyzer config at 08:55
        [09:06] maya: rolling it back now
        [09:15] tom: p99 back to 300ms
        [09:20] maya: resolved, writing it up
        """;

    [Fact]
    public async Task APastedChatLogShowsItsShapeAndWarningsAndSavingOpensTheNewIncident()
    {
        await using var app = new ServedApp();
        await using var opened = await browser.OpenAsync(app, "#/new");
        var page = opened.Page;

        await page.GetByLabel("Write-up text").FillAsync(ChatLog);
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse" }).ClickAsync();

        await Expect(page.Locator("#shape")).ToHaveTextAsync("chat-log");
        // The incident channel names the incident better than its first message does.
        await Expect(page.Locator("#analysed-title")).ToHaveTextAsync("Search latency");
        await Expect(page.Locator(".warnings li").Filter(new() { HasText = "drafted from the first timeline entry" })).ToBeVisibleAsync();
        await Expect(page.Locator("#warnings-heading")).ToContainTextAsync("Warnings (");
        await Expect(page.Locator("#dropped-heading")).ToHaveTextAsync("Dropped lines (0)");
        await Expect(page.Locator(".star-parts dt")).ToHaveTextAsync(["Situation", "Task", "Action", "Result"]);
        await opened.ScreenshotAsync("paste");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save as an incident" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#/incidents/[0-9a-f-]{36}$"));
        await Expect(page.Locator("#incident-title")).ToHaveTextAsync("Search latency");
        var list = await app.Client.GetStringAsync("/api/incidents", TestContext.Current.CancellationToken);
        Assert.Contains("Search latency", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactsAnEssayStatesWithoutSectionsAreShownAndMarkedForChecking()
    {
        await using var app = new ServedApp();
        await using var opened = await browser.OpenAsync(app, "#/new");
        var page = opened.Page;

        await page.GetByLabel("Write-up text").FillAsync("""
            Our ticket scanners lost the gate service during a sold-out concert. We were paged by the gate error
            alert ten minutes before doors opened. About 3 000 fans could not get in through the east entrance.
            The outage was caused by an expired certificate on the gate service. Ines renewed it and restarted the
            gate pods.
            """);
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse" }).ClickAsync();

        var facts = page.Locator("#analysed-facts");
        await Expect(facts).ToContainTextAsync("caused by an expired certificate");
        await Expect(facts.Locator("dt").Filter(new() { HasText = "Root cause" }).Locator(".inferred")).ToHaveTextAsync("from a sentence");
        await Expect(facts.Locator("dt").Filter(new() { HasText = "Resolution" })).ToBeVisibleAsync();
        await opened.ScreenshotAsync("paste-facts");
    }

    [Fact]
    public async Task AnalysingWithNothingPastedSaysSoAndStoresNothing()
    {
        await using var app = new ServedApp();
        await using var opened = await browser.OpenAsync(app, "#/new");
        var page = opened.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Paste or open a write-up first.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save as an incident" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ALocalFileIsReadIntoTheTextBox()
    {
        await using var app = new ServedApp();
        await using var opened = await browser.OpenAsync(app, "#/new");
        var page = opened.Page;

        await page.GetByLabel("Or open a local file").SetInputFilesAsync(new FilePayload
        {
            Name = "search.txt",
            MimeType = "text/plain",
            Buffer = System.Text.Encoding.UTF8.GetBytes(ChatLog),
        });

        await Expect(page.GetByLabel("Write-up text")).ToHaveValueAsync(ChatLog);
        await Expect(page.GetByText("Read search.txt")).ToBeVisibleAsync();
    }
}
