using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IncidentLearn.Api.Tests.Support;

/// <summary>
/// The real app over a fresh SQLite file per test (TodoApi's TodoApplication, with a real database).
/// Samples are off unless a test asks for them, so every test starts from a known store.
/// </summary>
public sealed class TestApp(bool loadSamples = false, long? maxBodyBytes = null) : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), "incidentlearn-api-tests", Guid.NewGuid().ToString("N") + ".db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("Database:Path", databasePath);
        builder.UseSetting("Database:LoadSamples", loadSamples ? "true" : "false");
        if (maxBodyBytes is { } limit)
        {
            builder.UseSetting("Limits:MaxBodyBytes", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
