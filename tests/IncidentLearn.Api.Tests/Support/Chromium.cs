using Microsoft.Playwright;

namespace IncidentLearn.Api.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (which downloads nothing here). Browser tests skip with the
/// reason when Chromium is missing outside CI, and fail inside it (CI=true).
/// </summary>
internal static class Chromium
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchOrSkipAsync()
    {
        var path = Environment.GetEnvironmentVariable("INCIDENTLEARN_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            var message = $"Browser tests need Chromium at {path} (apt-get install chromium, or set INCIDENTLEARN_CHROMIUM).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(message + " CI must run them.");
            }

            Assert.Skip(message);
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return (playwright, browser);
    }
}
