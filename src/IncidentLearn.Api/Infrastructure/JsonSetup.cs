using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Api.Infrastructure;

public static class JsonSetup
{
    /// <summary>The API speaks the record's one JSON shape (camelCase, kebab-case enum words).</summary>
    public static IServiceCollection AddIncidentJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => IncidentJson.Configure(options.SerializerOptions));
}
