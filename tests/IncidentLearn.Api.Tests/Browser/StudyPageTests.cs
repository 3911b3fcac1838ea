using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IncidentLearn.Api.Tests.Browser;

/// <summary>
/// #/study against /api/study. The study API arrives on another branch; until it is here the page must say
/// study is not available, so these tests accept either that message or a working card.
/// </summary>
public sealed class StudyPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheStudyPageShowsACardThatRatingAdvancesOrSaysStudyIsNotAvailable()
    {
        await using var app = new ServedApp();
        await app.CreateAsync("Webhook retry storm");
        await using var opened = await browser.OpenAsync(app, "#/study");
        var page = opened.Page;

        var unavailable = page.Locator("#study-unavailable");
        var card = page.Locator("article.card.study");
        var done = page.Locator("#study-done");
        await Expect(unavailable.Or(card).Or(done)).ToBeVisibleAsync();
        await opened.ScreenshotAsync("study");

        if (await unavailable.IsVisibleAsync())
        {
            await Expect(unavailable).ToContainTextAsync("Study is not available on this server");
            return;
        }

        // With cards in the collection there must be one to study at the start.
        await Expect(card).ToBeVisibleAsync();
        await Expect(page.Locator("#study-stats dt")).ToContainTextAsync(["Due today", "Streak", "Retention"]);
        var first = await card.GetAttributeAsync("data-id");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show answer" }).ClickAsync();
        await Expect(card.Locator(".card-answer")).ToBeVisibleAsync();
        await opened.ScreenshotAsync("study-answer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Good" }).ClickAsync();

        await Expect(page.Locator($"article.card.study:not([data-id='{first}'])").Or(done)).ToBeVisibleAsync();
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
