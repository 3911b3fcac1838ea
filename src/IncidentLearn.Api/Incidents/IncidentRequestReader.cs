using System.Text.Json;
using IncidentLearn.Api.Infrastructure;
using IncidentLearn.Core.CanonicalFormat;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Api.Incidents;

/// <summary>
/// Turns a POST or PUT body into a valid record, or into the one ProblemDetails that says what is wrong:
/// too large (413), not UTF-8 or malformed (400, naming the field), or a content type we do not read (415).
/// </summary>
public sealed class IncidentRequestReader(RequestLimits limits)
{
    public async Task<(IncidentRecord? Record, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = MediaTypeOf(request.ContentType);
        if (mediaType is not ("application/json" or "text/markdown" or "text/x-markdown"))
        {
            return (null, Problems.UnsupportedMediaType(request.ContentType));
        }

        var (text, bodyProblem) = await BoundedBody.ReadTextAsync(request, limits.MaxBodyBytes, cancellationToken);
        if (text is null)
        {
            return (null, bodyProblem);
        }

        var (record, problem) = mediaType == "application/json" ? FromJson(text) : FromMarkdown(text);
        if (record is null)
        {
            return (null, problem);
        }

        var errors = IncidentValidator.Validate(record);
        return errors.Count > 0 ? (null, Problems.Validation(errors)) : (record, null);
    }

    private static (IncidentRecord?, IResult?) FromJson(string text)
    {
        try
        {
            var record = JsonSerializer.Deserialize<IncidentRecord>(text, IncidentJson.StrictOptions);
            return record is null
                ? (null, Problems.Field("body", "The body was JSON null; send an incident object.", "The body is not an incident."))
                : (record, null);
        }
        catch (JsonException e)
        {
            var field = FieldName(e.Path);
            return (null, Problems.Field(field, JsonProblemMessage(e, field), "The body is not a valid incident."));
        }
    }

    private static (IncidentRecord?, IResult?) FromMarkdown(string text)
    {
        var result = CanonicalMarkdown.Read(text);
        if (result.Succeeded)
        {
            return (result.Record, null);
        }

        var errors = result.Problems
            .GroupBy(p => p.Field)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Line is { } line ? $"Line {line}: {p.Message}" : p.Message).ToArray());
        return (null, Problems.Validation(errors, "The Markdown is not a valid incident."));
    }

    // "$.timeline[2].kind" → "timeline[2].kind", the way the record's fields are named everywhere else.
    private static string FieldName(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');

    private static string JsonProblemMessage(JsonException e, string field)
    {
        // System.Text.Json names CLR types in its messages; say what the field accepts instead.
        var leaf = field[(field.LastIndexOf('.') + 1)..];
        var allowed = leaf switch
        {
            "status" when field == "status" => "one of draft, in-review, published",
            "status" => "one of open, in-progress, done, wont-do",
            "kind" => "one of impact, detection, acknowledgement, diagnosis, mitigation, resolution, decision, communication, waiting, other",
            "type" => "one of mitigate, prevent, detect, process",
            "date" or "due" => "a date written YYYY-MM-DD",
            "id" => "a GUID such as 7d1f6a52-3c1e-4f0b-9a57-2f0f7f3c9b10",
            _ => null,
        };
        if (allowed is not null)
        {
            return $"'{field}' must be {allowed}.";
        }

        return e.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? $"'{field}' is not a field of an incident."
            : $"'{field}' has the wrong type or is malformed JSON.";
    }

    private static string? MediaTypeOf(string? contentType) =>
        contentType?.Split(';')[0].Trim().ToLowerInvariant();
}
