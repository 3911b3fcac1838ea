using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Reading.Analysis;

/// <summary>
/// The analysis contract returned by POST /api/analyze and `incidentlearn analyze --json`, serialised camelCase
/// by <see cref="AnalysisJson"/>. <see cref="Dropped"/> lists every line left out as {line, text, reason, kind};
/// <see cref="Warnings"/> are plain sentences for a person (strings, not objects: each names its lines and says
/// what to check), including one for every STAR part that was drafted rather than written by the author.
/// <see cref="Sources"/> gives the source lines of every fact read ("summary", "timeline[3]", "actionItems[0]" →
/// {line, endLine}), so a person can see where each came from; drafted parts have none. <see cref="Inferred"/>
/// names the facts the text gives no section for, taken from a sentence whose wording says what it is
/// ("impact", "rootCauses[0]"), so a person checks them first.
/// </summary>
public sealed record AnalysisResult(
    string Shape,
    string Title,
    string? Prompt,
    AnalysisStar Star,
    string? Summary,
    string? Impact,
    IReadOnlyList<string> RootCauses,
    string? Trigger,
    string? Detection,
    string? Resolution,
    TimelineReport Timeline,
    IReadOnlyList<AnalysisActionItem> ActionItems,
    Lessons Lessons,
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyList<string> Questions,
    IReadOnlyList<AnalysisNumber> Numbers,
    IReadOnlyList<DroppedLine> Dropped,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Inferred,
    IReadOnlyDictionary<string, SourceSpan> Sources);

public sealed record AnalysisStar(string? Situation, string? Task, string? Action, string? Result);

public sealed record AnalysisActionItem(string Text, string? Owner, ActionType? Type, ActionStatus Status);

public sealed record AnalysisNumber(string Text, double Value, string? Unit);
