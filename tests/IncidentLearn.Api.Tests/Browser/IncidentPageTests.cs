using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IncidentLearn.Api.Tests.Browser;

/// <summary>#/incidents/{id}: the record, its timeline chart, STAR answer and cards; editing, conflicts and deleting.</summary>
public sealed class IncidentPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task<Guid> RabbitMqSampleAsync(ServedApp app)
    {
        var list = await app.Client.GetStringAsync("/api/incidents?pageSize=50", TestContext.Current.CancellationToken);
        var item = JsonDocument.Parse(list).RootElement.GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("title").GetString()!.Contains("RabbitMQ", StringComparison.Ordinal));
        return item.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task TheIncidentPageShowsTheTimelineChartAStarAnswerOfTwoLengthsAndCardsThatFlip()
    {
        await using var app = new ServedApp(loadSamples: true);
        var id = await RabbitMqSampleAsync(app);
        await using var opened = await browser.OpenAsync(app, $"#/incidents/{id}");
        var page = opened.Page;

        await Expect(page.Locator("#incident-title")).ToHaveTextAsync("Checkout stalled by a RabbitMQ memory alarm");
        await Expect(page.Locator(".incident-head .severity")).ToHaveTextAsync("SEV2");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Root causes" })).ToBeVisibleAsync();
        await Expect(page.Locator("#record-untold")).ToHaveCountAsync(0);

        var chart = page.Locator("#timeline-image");
        await Expect(chart).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#timeline-image').complete");
        Assert.True(await chart.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the timeline SVG did not load");
        await Expect(page.Locator(".figures dt").First).ToHaveTextAsync("Time to detect");
        await Expect(page.Locator("#timeline .findings li").First).ToBeVisibleAsync();

        var words = page.Locator("#star-words");
        await Expect(words).ToContainTextAsync("words");
        var shortWords = await words.TextContentAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "2 minutes" }).ClickAsync();
        await Expect(words).Not.ToHaveTextAsync(shortWords!);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "2 minutes" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator(".checks li.fail").First).ToContainTextAsync("✗");
        await Expect(page.Locator(".checks li.pass").First).ToContainTextAsync("✓");

        var card = page.Locator(".cards .card").First;
        await Expect(card.Locator(".card-answer")).ToBeHiddenAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Show answer" }).ClickAsync();
        await Expect(card.Locator(".card-answer")).ToBeVisibleAsync();
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Hide answer" })).ToHaveAttributeAsync("aria-expanded", "true");

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Anki deck" })).ToHaveAttributeAsync("href", $"/api/incidents/{id}/export?format=apkg");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await opened.ScreenshotAsync("incident");
        await opened.ScreenshotAsync(page.Locator("#timeline"), "incident-timeline");
        await opened.ScreenshotAsync(page.Locator("#star"), "incident-star");
        await opened.ScreenshotAsync(page.Locator("#cards"), "incident-cards");
    }

    [Fact]
    public async Task AStoryThatStatesNoSummaryOrCauseSaysSoInsteadOfAnEmptyBox()
    {
        await using var app = new ServedApp(loadSamples: false);
        var id = await app.ImportAsync("Tell me about a time you disagreed with a colleague.\n\nSample answer\n\nMy colleague and I disagreed about the name of a new service. We wrote down both options and asked the team to vote. The team chose her name and I was glad we settled it quickly.\n");
        await using var opened = await browser.OpenAsync(app, $"#/incidents/{id}");

        await Expect(opened.Page.Locator("#record-untold")).ToContainTextAsync("STAR answer below");
    }

    [Fact]
    public async Task EditingTheTitleSavesItAndShowsTheNewTitle()
    {
        await using var app = new ServedApp();
        var id = await app.CreateAsync("Webhook retry storm");
        await using var opened = await browser.OpenAsync(app, $"#/incidents/{id}");
        var page = opened.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("Webhook retry storm after a partner outage");
        await page.GetByLabel("STAR: result").FillAsync("Deliveries were back within 20 minutes and none were lost.");
        await opened.ScreenshotAsync("edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.Locator("#incident-title")).ToHaveTextAsync("Webhook retry storm after a partner outage");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        Assert.Equal("Webhook retry storm after a partner outage", await app.TitleOfAsync(id));
    }

    [Fact]
    public async Task AnEditOfAStaleVersionShowsTheConflictKeepsTheTypedTextAndSavesOnTheSecondTry()
    {
        await using var app = new ServedApp();
        var id = await app.CreateAsync("Expired API certificate");
        await using var opened = await browser.OpenAsync(app, $"#/incidents/{id}");
        var page = opened.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("My better title");
        await page.GetByLabel("Summary").FillAsync("My longer summary of what happened.");
        await app.RetitleThroughApiAsync(id, "Someone else's title");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var conflict = page.Locator(".conflict");
        await Expect(conflict).ToContainTextAsync("The incident changed since you read it.");
        await Expect(conflict).ToContainTextAsync("Your edits are still in the form.");
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync("My better title");
        await Expect(page.GetByLabel("Summary")).ToHaveValueAsync("My longer summary of what happened.");
        await Expect(page.Locator(".field-title .server-value")).ToHaveTextAsync("Now stored: Someone else's title");
        Assert.Equal("Someone else's title", await app.TitleOfAsync(id));
        await opened.ScreenshotAsync("conflict");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("#incident-title")).ToHaveTextAsync("My better title");
        Assert.Equal("My better title", await app.TitleOfAsync(id));
    }

    [Fact]
    public async Task AnInvalidEditShowsTheProblemTitleAndTheFieldError()
    {
        await using var app = new ServedApp();
        var id = await app.CreateAsync("Queue backlog");
        await using var opened = await browser.OpenAsync(app, $"#/incidents/{id}");
        var page = opened.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Title").EvaluateAsync("input => input.required = false");
        await page.GetByLabel("Title").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var alert = page.Locator(".edit-status [role=alert]");
        await Expect(alert.Locator(".error-title")).ToHaveTextAsync("The incident is not valid.");
        await Expect(alert.Locator(".error-fields li")).ToContainTextAsync("title");
        Assert.Equal("Queue backlog", await app.TitleOfAsync(id));
    }

    [Fact]
    public async Task DeletingAfterConfirmingRemovesTheIncidentAndReturnsToTheList()
    {
        await using var app = new ServedApp();
        var id = await app.CreateAsync("Short-lived test incident");
        await using var opened = await browser.OpenAsync(app, $"#/incidents/{id}");
        var page = opened.Page;
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();

        await Expect(page.Locator("#count")).ToHaveTextAsync("No incidents match.");
        var response = await app.Client.GetAsync($"/api/incidents/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
