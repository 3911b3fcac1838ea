namespace IncidentLearn.Core.Incidents;

/// <summary>
/// The rules every stored record keeps, whichever door it came in by (HTTP JSON, Markdown, the command
/// line). Returns problems keyed by field, in the shape ProblemDetails' "errors" uses.
/// </summary>
public static class IncidentValidator
{
    public const int MaxTitleLength = 300;

    public static IReadOnlyDictionary<string, string[]> Validate(IncidentRecord record)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(record.Title))
        {
            errors["title"] = ["A title is required."];
        }
        else if (record.Title.Length > MaxTitleLength)
        {
            errors["title"] = [$"The title is {record.Title.Length} characters long; the limit is {MaxTitleLength}."];
        }

        if (!string.IsNullOrWhiteSpace(record.TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(record.TimeZone, out _))
        {
            errors["timeZone"] = [$"'{record.TimeZone}' is not a known IANA time zone (for example Europe/Berlin or UTC)."];
        }

        for (var i = 0; i < record.Timeline.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(record.Timeline[i].Start))
            {
                errors[$"timeline[{i}].start"] = ["Every timeline event needs a start time."];
            }
        }

        for (var i = 0; i < record.ActionItems.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(record.ActionItems[i].Text))
            {
                errors[$"actionItems[{i}].text"] = ["An action item needs text."];
            }
        }

        return errors;
    }
}
