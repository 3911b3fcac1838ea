using IncidentLearn.Data.Setup;

namespace IncidentLearn.Api.Infrastructure;

/// <summary>Before the first request: migrate the store and, when it is empty, load the sample incidents.</summary>
public static class StoreStartup
{
    public static async Task PrepareStoreAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        if (options.LoadSamples)
        {
            var content = SampleContent.FindFolder(app.Configuration["Content:Path"]);
            await scope.ServiceProvider.GetRequiredService<SampleIncidentLoader>().LoadIfEmptyAsync(content);
        }
    }
}
