using IncidentLearn.Core.Study;
using IncidentLearn.Data.Study;

namespace IncidentLearn.Api.Study;

public static class StudyServices
{
    /// <summary>The study store, settings and scheduler. The scheduler takes the app's TimeProvider, so tests can replace the clock.</summary>
    public static IServiceCollection AddStudy(this IServiceCollection services)
    {
        services.AddSingleton(sp => StudyOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => new FsrsScheduler(
            FsrsParameters.Default with { EnableFuzz = sp.GetRequiredService<StudyOptions>().EnableFuzz },
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<StudyStore>();
        services.AddScoped<StudyDecks>();
        services.AddScoped<StudySessions>();
        return services;
    }
}
