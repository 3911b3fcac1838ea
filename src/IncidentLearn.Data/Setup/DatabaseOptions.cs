using Microsoft.Extensions.Configuration;

namespace IncidentLearn.Data.Setup;

/// <summary>
/// Where incidents are kept. SQLite is the embedded default; PostgreSQL when a team outgrows one machine:
/// <c>Database:Provider=postgres</c> with <c>ConnectionStrings:Postgres</c>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string DefaultPath = "data/incidentlearn.db";

    /// <summary>"sqlite" (default) or "postgres".</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The SQLite file; a relative path is taken from the home folder (see <see cref="ResolvedPath"/>).</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>Load the sample incidents from content/ when the store is empty at start-up.</summary>
    public bool LoadSamples { get; set; } = true;

    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "postgresql", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "npgsql", StringComparison.OrdinalIgnoreCase);

    public static DatabaseOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var options = new DatabaseOptions();
        options.Provider = section["Provider"] is { Length: > 0 } provider ? provider : options.Provider;
        options.Path = section["Path"] is { Length: > 0 } path ? path : options.Path;
        options.LoadSamples = !bool.TryParse(section["LoadSamples"], out var load) || load;
        return options;
    }

    /// <summary>
    /// The SQLite file as an absolute path. A relative path is taken from the nearest folder above the
    /// working directory that holds IncidentLearn.sln (so the API and the command line, run from anywhere
    /// in a checkout, share one store), or from the working directory when there is none (an installed tool).
    /// </summary>
    public string ResolvedPath()
    {
        if (System.IO.Path.IsPathRooted(Path) || Path == ":memory:")
        {
            return Path;
        }

        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "IncidentLearn.sln")))
            {
                return System.IO.Path.Combine(folder.FullName, Path);
            }
        }

        return System.IO.Path.GetFullPath(Path);
    }
}
