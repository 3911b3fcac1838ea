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

    /// <summary>The SQLite file; relative paths are taken from the working directory.</summary>
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
}
