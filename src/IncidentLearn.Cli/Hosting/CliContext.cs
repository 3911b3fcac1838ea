using IncidentLearn.Data.Setup;
using IncidentLearn.Data.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IncidentLearn.Cli.Hosting;

/// <summary>
/// What every command gets: its output streams and the same store and configuration the API uses
/// (Database:Provider, Database:Path, ConnectionStrings:Postgres from environment variables such as
/// Database__Path, overridden by --db).
/// </summary>
public sealed class CliContext(TextWriter output, TextWriter error, string? databasePath)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Opens the store (migrating it if needed) for one command.</summary>
    public async Task<StoreSession> OpenStoreAsync(CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>();
        if (databasePath is not null)
        {
            settings["Database:Path"] = databasePath;
            settings["Database:Provider"] = "sqlite";
        }

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings)
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddIncidentLearnData(configuration);
        var provider = services.BuildServiceProvider();
        var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        return new StoreSession(provider, scope, scope.ServiceProvider.GetRequiredService<IncidentStore>());
    }
}

/// <summary>An open store; disposing it closes the connection.</summary>
public sealed class StoreSession(ServiceProvider provider, AsyncServiceScope scope, IncidentStore store) : IAsyncDisposable
{
    public IncidentStore Store { get; } = store;

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await provider.DisposeAsync();
    }
}
