using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IncidentLearn.Api.Tests.Browser;

/// <summary>The front page (#/, the incident list) in a real Chromium, against the real app on a real port.</summary>
public sealed class FrontPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ThePageListsStoredIncidentsAndFiltersBySeverity()
    {
        await using var app = new ServedApp();
        await app.CreateAsync("Webhook retry storm", "SEV2");
        await app.CreateAsync("Expired API certificate", "SEV1");
        await using var opened = await browser.OpenAsync(app);
        var page = opened.Page;

        await Expect(page.Locator(".incident-title")).ToHaveCountAsync(2);
        await Expect(page.Locator("#count")).ToHaveTextAsync("2 incidents");
        await Expect(page.GetByText("Expired API certificate — what happened.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Severity" }).FillAsync("SEV1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(page.Locator(".incident-title")).ToHaveTextAsync(["Expired API certificate"]);
        await Expect(page.Locator("#count")).ToHaveTextAsync("1 incident");
    }

    [Fact]
    public async Task EachRowLinksToItsIncidentPageAndTheNavigationMarksWhereYouAre()
    {
        await using var app = new ServedApp(loadSamples: true);
        await using var opened = await browser.OpenAsync(app);
        var page = opened.Page;

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Incidents", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await opened.ScreenshotAsync("list");
        var first = page.Locator(".incident-title a").First;
        var title = await first.TextContentAsync();
        await first.ClickAsync();

        await Expect(page.Locator("#incident-title")).ToHaveTextAsync(title!);
        await page.GetByRole(AriaRole.Link, new() { Name = "Coverage" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coverage", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Coverage" })).ToHaveAttributeAsync("aria-current", "page");
    }

    [Fact]
    public async Task EveryPageFitsAPhoneScreenWithoutSidewaysScrolling()
    {
        await using var app = new ServedApp(loadSamples: true);
        await using var opened = await browser.OpenAsync(app, "#/", width: 390, height: 844);
        var page = opened.Page;
        await Expect(page.Locator(".incident-title").First).ToBeVisibleAsync();
        await opened.ScreenshotAsync("list-390");
        var incident = await page.Locator(".incident-title a").First.GetAttributeAsync("href");

        foreach (var (hash, ready) in new[] { ("#/", ".incident-title"), ("#/new", "#source"), ("#/study", "#study-card > *"), ("#/coverage", "table.coverage"), (incident!, "#cards .card") })
        {
            await page.EvaluateAsync("hash => { location.hash = hash; }", hash);
            await Expect(page.Locator(ready).First).ToBeVisibleAsync();
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"{hash} is {width} px wide at 390");
            if (hash == incident)
            {
                await opened.ScreenshotAsync("incident-390");
            }
        }
    }
}
