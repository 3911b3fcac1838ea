using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Reading.Analysis;

/// <summary>
/// The analysis contract returned by POST /api/analyze and `incidentlearn analyze --json`, serialised camelCase
/// by <see cref="AnalysisJson"/>. <see cref="Dropped"/> lists every line left out as {line, text, reason};
/// <see cref="Warnings"/> are plain sentences for a person (strings, not objects: each names its lines and says
/// what to check), including one for every STAR part that was drafted rather than written by the author.
/// </summary>
public sealed record AnalysisResult(
    string Shape,
    string Title,
    string? Prompt,
    AnalysisStar Star,
    string? Summary,
    string? Impact,
    IReadOnlyList<string> RootCauses,
    string? Resolution,
    AnalysisTimeline Timeline,
    IReadOnlyList<AnalysisActionItem> ActionItems,
    Lessons Lessons,
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyList<string> Questions,
    IReadOnlyList<AnalysisNumber> Numbers,
    IReadOnlyList<DroppedLine> Dropped,
    IReadOnlyList<string> Warnings);

public sealed record AnalysisStar(string? Situation, string? Task, string? Action, string? Result);

public sealed record AnalysisTimeline(IReadOnlyList<AnalysisEvent> Events, IReadOnlyList<TimelineFinding> Findings);

/// <summary>An event as the reader saw it: times as written, the stated duration as written and in minutes when understood.</summary>
public sealed record AnalysisEvent(string Start, string? End, string? StatedDuration, double? StatedMinutes, string Text, string? Actor, EventKind? Kind);

public sealed record AnalysisActionItem(string Text, string? Owner, ActionType? Type, ActionStatus Status);

public sealed record AnalysisNumber(string Text, double Value, string? Unit);
