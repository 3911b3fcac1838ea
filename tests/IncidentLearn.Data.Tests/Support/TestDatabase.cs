using IncidentLearn.Data.Setup;
using Microsoft.EntityFrameworkCore;

namespace IncidentLearn.Data.Tests.Support;

/// <summary>
/// A fresh, migrated store for one test: a temporary SQLite file, or a throw-away PostgreSQL database
/// when INCIDENTLEARN_TEST_POSTGRES names a server. PostgreSQL tests skip with the reason outside CI and
/// fail inside it (CI=true), so a CI run can never pass by quietly not testing PostgreSQL.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "INCIDENTLEARN_TEST_POSTGRES";

    private readonly string? sqlitePath;

    private TestDatabase(DatabaseOptions options, string? postgres, string? sqlitePath)
    {
        Options = options;
        PostgresConnectionString = postgres;
        this.sqlitePath = sqlitePath;
    }

    public DatabaseOptions Options { get; }

    public string? PostgresConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        TestDatabase database;
        if (provider == "postgres")
        {
            var server = PostgresServerOrSkip();
            var name = "il_test_" + Guid.NewGuid().ToString("N")[..12];
            database = new TestDatabase(new DatabaseOptions { Provider = "postgres" }, $"{server};Database={name}", null);
        }
        else
        {
            var path = Path.Combine(Path.GetTempPath(), "incidentlearn-tests", Guid.NewGuid().ToString("N") + ".db");
            database = new TestDatabase(new DatabaseOptions { Provider = "sqlite", Path = path }, null, path);
        }

        await using var db = database.NewContext();
        await new DatabaseInitializer(db, database.Options).InitializeAsync();
        return database;
    }

    public IncidentLearnDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<IncidentLearnDbContext>();
        DataServiceCollectionExtensions.Configure(builder, Options, PostgresConnectionString);
        return new IncidentLearnDbContext(builder.Options);
    }

    public static string PostgresServerOrSkip()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        var message = $"PostgreSQL tests need {PostgresVariable} (for example \"Host=localhost;Username=postgres;Password=postgres\").";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(message + " CI must run them.");
        }

        Assert.Skip(message);
        return "";
    }

    public async ValueTask DisposeAsync()
    {
        if (PostgresConnectionString is not null)
        {
            await using var db = NewContext();
            await db.Database.EnsureDeletedAsync();
        }
        else if (sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
