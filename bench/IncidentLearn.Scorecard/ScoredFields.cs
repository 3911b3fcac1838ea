using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Scorecard;

/// <summary>
/// The text fields an expectation can name, each with what the record holds for it. A STAR part the reader
/// drafted (listed in the report as "star.task" and so on) counts as empty: it was not read from the text.
/// </summary>
public static class ScoredFields
{
    public static IReadOnlyList<string> Names { get; } =
        ["summary", "impact", "rootCauses", "trigger", "detection", "resolution", "lessons", "situation", "task", "action", "result"];

    public static string? Expected(ExpectedFields fields, string name) => name switch
    {
        "summary" => fields.Summary,
        "impact" => fields.Impact,
        "rootCauses" => fields.RootCauses,
        "trigger" => fields.Trigger,
        "detection" => fields.Detection,
        "resolution" => fields.Resolution,
        "lessons" => fields.Lessons,
        "situation" => fields.Situation,
        "task" => fields.Task,
        "action" => fields.Action,
        "result" => fields.Result,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a scored field"),
    };

    public static string? Read(IncidentRecord record, IReadOnlyCollection<string> drafted, string name) => name switch
    {
        "summary" => record.Summary,
        "impact" => record.Impact,
        "rootCauses" => Joined(record.RootCauses),
        "trigger" => record.Trigger,
        "detection" => record.Detection,
        "resolution" => record.Resolution,
        "lessons" => Joined([.. record.Lessons.WentWell, .. record.Lessons.WentWrong, .. record.Lessons.GotLucky, .. record.Lessons.Other]),
        "situation" or "task" or "action" or "result" when drafted.Contains($"star.{name}") => null,
        "situation" => record.Star.Situation,
        "task" => record.Star.Task,
        "action" => record.Star.Action,
        "result" => record.Star.Result,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a scored field"),
    };

    private static string? Joined(IEnumerable<string> parts)
    {
        var text = string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : text;
    }
}
