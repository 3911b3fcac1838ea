using Microsoft.EntityFrameworkCore;

namespace IncidentLearn.Data.Setup;

/// <summary>Brings a store up to date at start-up: creates the SQLite folder, applies migrations, turns on WAL.</summary>
public sealed class DatabaseInitializer(IncidentLearnDbContext db, DatabaseOptions options)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (!options.IsPostgres && options.Path != ":memory:")
        {
            var folder = Path.GetDirectoryName(options.ResolvedPath());
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);

        if (db.Database.IsSqlite())
        {
            // WAL lets the API read while the command line writes, and survives a crash mid-write.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
