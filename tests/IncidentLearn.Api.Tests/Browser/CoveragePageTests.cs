using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IncidentLearn.Api.Tests.Browser;

/// <summary>#/coverage: each competency with its best story and score, and the ones no story answers yet.</summary>
public sealed class CoveragePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheCoveragePageListsCoveredCompetenciesWithTheirBestStoryAndTheOnesWithNone()
    {
        await using var app = new ServedApp(loadSamples: true);
        var report = JsonDocument.Parse(await app.Client.GetStringAsync("/api/coverage", TestContext.Current.CancellationToken)).RootElement;
        var competencies = report.GetProperty("competencies").EnumerateArray().ToList();
        var covered = competencies.Where(c => c.GetProperty("covered").GetBoolean()).ToList();
        var uncovered = competencies.Where(c => !c.GetProperty("covered").GetBoolean()).ToList();
        await using var opened = await browser.OpenAsync(app, "#/coverage");
        var page = opened.Page;

        await Expect(page.Locator("#coverage-summary")).ToHaveTextAsync($"{covered.Count} of {competencies.Count} competencies have a story scoring at least 50 %.");
        await Expect(page.Locator("table.coverage tbody tr")).ToHaveCountAsync(covered.Count);
        var firstRow = page.Locator("table.coverage tbody tr").First;
        await Expect(firstRow.Locator("th")).ToHaveTextAsync(covered[0].GetProperty("competency").GetString()!);
        await Expect(firstRow.GetByRole(AriaRole.Link)).ToHaveTextAsync(covered[0].GetProperty("bestStoryTitle").GetString()!);
        await Expect(page.Locator(".uncovered li")).ToHaveCountAsync(uncovered.Count);
        await opened.ScreenshotAsync("coverage");

        await firstRow.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#incident-title")).ToHaveTextAsync(covered[0].GetProperty("bestStoryTitle").GetString()!);
    }

    [Fact]
    public async Task WithNoStoriesEveryCompetencyIsListedAsHavingNone()
    {
        await using var app = new ServedApp();
        await using var opened = await browser.OpenAsync(app, "#/coverage");
        var page = opened.Page;

        await Expect(page.GetByText("No competency is covered yet.")).ToBeVisibleAsync();
        Assert.True(await page.Locator(".uncovered li").CountAsync() > 0);
    }
}
