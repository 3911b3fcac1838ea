using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentLearn.Scorecard;

/// <summary>
/// Reads NAME.expect.json files. Hand-written files get comments and trailing commas; a typo in a property
/// name is an error rather than a field silently left unscored.
/// </summary>
public static class ExpectationLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new ExpectedActionItemConverter() },
    };

    public static Expectation Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses one expectation; <paramref name="file"/> only names it in errors.</summary>
    public static Expectation Parse(string json, string file)
    {
        try
        {
            return JsonSerializer.Deserialize<Expectation>(json, Options)
                ?? throw new ExpectationException(file, "$", "the file holds null instead of an expectation object");
        }
        catch (JsonException error)
        {
            throw new ExpectationException(file, error.Path ?? "$", Reason(error), error.LineNumber + 1, error);
        }
    }

    // System.Text.Json appends "Path: … | LineNumber: …" to its messages; the exception says those itself.
    private static string Reason(JsonException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ');
    }
}
