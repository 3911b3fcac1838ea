using IncidentLearn.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentLearn.Data.Setup;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the store on the provider configuration names (the API and the command line share this).</summary>
    public static IServiceCollection AddIncidentLearnData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = DatabaseOptions.From(configuration);
        var postgres = configuration.GetConnectionString("Postgres");
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<IncidentLearnDbContext>(builder => Configure(builder, options, postgres));
        services.AddSingleton<DistractorCache>();
        services.AddScoped<IncidentStore>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<SampleIncidentLoader>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string? postgresConnectionString)
    {
        if (options.IsPostgres)
        {
            if (string.IsNullOrWhiteSpace(postgresConnectionString))
            {
                throw new InvalidOperationException("Database:Provider is postgres but ConnectionStrings:Postgres is not set.");
            }

            builder.UseNpgsql(postgresConnectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        }
        else
        {
            builder.UseSqlite(SqliteConnectionString(options.ResolvedPath()), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        }

        // The migrations are written by hand, without a model snapshot (EF's design package is not in the feed).
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    private static string SqliteConnectionString(string path) =>
        path == ":memory:" ? "Data Source=:memory:" : $"Data Source={path};Foreign Keys=True";
}
