using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IncidentLearn.Api.Tests.Browser;

/// <summary>#/study against the real /api/study: a card, its answer, a rating that is stored and counted.</summary>
public sealed class StudyPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ACardIsRevealedRatedAndCountedAndTheNextOneShown()
    {
        await using var app = new ServedApp();
        await app.CreateAsync("Webhook retry storm");
        await using var opened = await browser.OpenAsync(app, "#/study");
        var page = opened.Page;
        var card = page.Locator("article.card.study");

        await Expect(card).ToBeVisibleAsync();
        await Expect(page.Locator("#study-stats dt")).ToContainTextAsync(["Due today", "Streak", "Retention", "Reviewed today"]);
        await Expect(card.Locator(".card-answer")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Good" })).ToBeHiddenAsync();
        var first = await card.GetAttributeAsync("data-id");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show answer" }).ClickAsync();
        await Expect(card.Locator(".card-answer")).ToBeVisibleAsync();
        await opened.ScreenshotAsync("study-answer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Good" }).ClickAsync();

        await Expect(page.Locator($"article.card.study:not([data-id='{first}'])").Or(page.Locator("#study-done"))).ToBeVisibleAsync();
        await Expect(page.Locator("#study-stats")).ToContainTextAsync("Reviewed today1");
    }

    [Fact]
    public async Task TheUserNameIsRememberedAcrossVisits()
    {
        await using var app = new ServedApp();
        await using var opened = await browser.OpenAsync(app, "#/study");
        var page = opened.Page;

        await Expect(page.GetByLabel("Your name")).ToHaveValueAsync("me");
        await page.GetByLabel("Your name").FillAsync("alex");
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch" }).ClickAsync();
        await page.ReloadAsync();

        await Expect(page.GetByLabel("Your name")).ToHaveValueAsync("alex");
    }
}
