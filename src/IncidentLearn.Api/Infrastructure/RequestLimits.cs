using IncidentLearn.Core.Reading;

namespace IncidentLearn.Api.Infrastructure;

/// <summary>How much a client may send in one request body (configuration "Limits:MaxBodyBytes").</summary>
public sealed class RequestLimits
{
    public const long DefaultMaxBodyBytes = ReadingLimits.DefaultMaxSourceBytes;

    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    public static RequestLimits From(IConfiguration configuration) =>
        new() { MaxBodyBytes = configuration.GetValue("Limits:MaxBodyBytes", DefaultMaxBodyBytes) };
}
