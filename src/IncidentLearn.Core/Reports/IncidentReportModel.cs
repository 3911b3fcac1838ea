using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Reports;

/// <summary>
/// Everything an incident report shows, already worded and formatted: the PDF and share-Markdown writers lay this
/// out and compute nothing. Empty lists and null texts mean "leave the section out".
/// </summary>
public sealed record IncidentReportModel(
    string Title,
    string? DateText,
    string? Severity,
    string Status,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Tags,
    IReadOnlyList<KeyFigure> KeyFigures,
    string? Summary,
    string? Impact,
    IReadOnlyList<LabelledText> Details,
    StoryModel? Story,
    TimelineSectionModel Timeline,
    IReadOnlyList<string> RootCauses,
    IReadOnlyList<string> ContributingFactors,
    IReadOnlyList<ActionItemRow> ActionItems,
    IReadOnlyList<LessonGroup> Lessons,
    IReadOnlyList<FlashcardModel> Flashcards)
{
    /// <summary>The line under the title: "Tuesday 4 June 2024 · SEV1 · published".</summary>
    public string Subtitle => string.Join(" · ", new[] { DateText, Severity, Status }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>A number worth seeing first: "50 minutes" / "Time to mitigate".</summary>
public sealed record KeyFigure(string Label, string Value);

/// <summary>A short titled text such as Trigger, Detection or Resolution.</summary>
public sealed record LabelledText(string Label, string Text);

/// <summary>The STAR story as shown: the prompt, the two-minute version's parts (marked when drafted) and the 60-second text.</summary>
public sealed record StoryModel(string? Prompt, IReadOnlyList<StoryPartModel> Parts, string ShortText, string ShortLength, string FullLength);

/// <summary>One STAR part: "Situation", its text, and whether it was drafted from the record rather than written by the author.</summary>
public sealed record StoryPartModel(string Name, string Text, bool Drafted);

/// <summary>The timeline as chart, table and findings; <see cref="Layout"/> is null when no event has a readable time.</summary>
public sealed record TimelineSectionModel(
    string ZoneNote,
    TimelineLayout? Layout,
    IReadOnlyList<string> LegendKinds,
    IReadOnlyList<TimelineRow> Rows,
    IReadOnlyList<FindingRow> Findings,
    string? MermaidGantt);

/// <summary>One timeline event as a table row, times already in the display zone ("23:50", "00:10 (+1d)").</summary>
public sealed record TimelineRow(string Number, string Start, string End, string Minutes, string Kind, string Actor, string Text, bool Flagged);

/// <summary>A finding of the timeline analysis in words: "gap", "events 3, 4", the message.</summary>
public sealed record FindingRow(string Kind, string Events, string Message);

public sealed record ActionItemRow(string Text, string Owner, string Type, string Status, string Due);

/// <summary>"What went well" and its items.</summary>
public sealed record LessonGroup(string Heading, IReadOnlyList<string> Items);

/// <summary>A flashcard ready to print: kind, question, the answer, and choices when it has them.</summary>
public sealed record FlashcardModel(string Kind, string Question, string Answer, IReadOnlyList<string> Choices, string Source);
