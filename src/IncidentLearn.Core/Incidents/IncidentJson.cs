using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentLearn.Core.Incidents;

/// <summary>
/// The one JSON shape of a record, shared by the store, the HTTP API and the command line, so the three
/// never disagree: camelCase names, enums as kebab-case words ("in-review"), nulls left out.
/// </summary>
public static class IncidentJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>
    /// For what people send: unknown fields and nulls where a list belongs are errors naming the field,
    /// rather than silently dropped. Stored documents use the lenient <see cref="Options"/> so old
    /// documents still load after a field is retired.
    /// </summary>
    public static JsonSerializerOptions StrictOptions { get; } = ConfigureStrict(Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    /// <summary>Applies the record's conventions to options someone else owns (ASP.NET's, for one).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }

    private static JsonSerializerOptions ConfigureStrict(JsonSerializerOptions options)
    {
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        return options;
    }

    public static string Serialize(IncidentRecord record) => JsonSerializer.Serialize(record, Options);

    public static IncidentRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<IncidentRecord>(json, Options) ?? throw new JsonException("The JSON held no incident record.");
}
