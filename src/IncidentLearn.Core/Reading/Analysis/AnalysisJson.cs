using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentLearn.Core.Reading.Analysis;

/// <summary>
/// The analysis contract's JSON: camelCase, enums as kebab-case words, nulls written (the contract says
/// "prompt": null when there is none), readable Unicode so quoted text stays legible.
/// </summary>
public static class AnalysisJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }

    public static string Serialize(AnalysisResult result) => JsonSerializer.Serialize(result, Options);
}
