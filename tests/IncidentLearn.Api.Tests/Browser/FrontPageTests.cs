using System.Text;
using IncidentLearn.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace IncidentLearn.Api.Tests.Browser;

/// <summary>The front page in a real Chromium, against the real app on a real port.</summary>
public sealed class FrontPageTests
{
    [Fact]
    public async Task ThePageListsStoredIncidentsAndFiltersBySeverity()
    {
        var (playwright, browser) = await Chromium.LaunchOrSkipAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var app = new TestApp();
        app.UseKestrel(0);
        app.StartServer();
        var client = app.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        foreach (var (title, severity) in new[] { ("Webhook retry storm", "SEV2"), ("Expired API certificate", "SEV1") })
        {
            var json = $$"""{ "title": "{{title}}", "severity": "{{severity}}", "date": "2025-05-01", "summary": "{{title}} — what happened." }""";
            (await client.PostAsync("/api/incidents", new StringContent(json, Encoding.UTF8, "application/json"), ct)).EnsureSuccessStatusCode();
        }

        var page = await browser.NewPageAsync();
        await page.GotoAsync(client.BaseAddress!.ToString());

        await Assertions.Expect(page.Locator(".incident-title")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#count")).ToHaveTextAsync("2 incidents");
        await Assertions.Expect(page.GetByText("Expired API certificate — what happened.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Severity" }).FillAsync("SEV1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Assertions.Expect(page.Locator(".incident-title")).ToHaveTextAsync(["Expired API certificate"]);
        await Assertions.Expect(page.Locator("#count")).ToHaveTextAsync("1 incident");
    }
}
