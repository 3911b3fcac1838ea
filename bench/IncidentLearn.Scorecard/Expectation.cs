using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Scorecard;

/// <summary>
/// What a careful reader takes from one write-up, written before the reader runs (see EXPECTATIONS.md).
/// A list left out (null) is not scored; an empty list says the text has none.
/// </summary>
public sealed record Expectation
{
    public string? Source { get; init; }

    public string? Origin { get; init; }

    public string? TimelineFormat { get; init; }

    public string? ChromeSource { get; init; }

    public IReadOnlyList<string>? Title { get; init; }

    public IReadOnlyList<string>? Shape { get; init; }

    public IReadOnlyList<ExpectedEvent>? Events { get; init; }

    public ExpectedFields? Fields { get; init; }

    public IReadOnlyList<ExpectedActionItem>? ActionItems { get; init; }

    public string? Zone { get; init; }

    public ExpectedFigures? Figures { get; init; }

    /// <summary>The headings that name a part of the write-up, each with the field its text belongs in.</summary>
    public IReadOnlyList<ExpectedSection>? Sections { get; init; }

    public IReadOnlyList<string>? Chrome { get; init; }
}

/// <summary>A heading as written ("Root Cause", "What went well") and the field its text belongs in ("rootCauses").</summary>
public sealed record ExpectedSection(string Heading, string Field);

/// <summary>A timeline event: its clock digits (or date) as written and a few words its text must contain.</summary>
public sealed record ExpectedEvent(string Time, string Text);

/// <summary>A follow-up a careful reader lists; the status only counts when the text states one.</summary>
public sealed record ExpectedActionItem(string Text, ActionStatus? Status = null);

/// <summary>One short phrase per field a careful reader fills; a field left null should stay empty.</summary>
public sealed record ExpectedFields
{
    public string? Summary { get; init; }

    public string? Impact { get; init; }

    public string? RootCauses { get; init; }

    public string? Trigger { get; init; }

    public string? Detection { get; init; }

    public string? Resolution { get; init; }

    public string? Lessons { get; init; }

    public string? Situation { get; init; }

    public string? Task { get; init; }

    public string? Action { get; init; }

    public string? Result { get; init; }
}

/// <summary>Key figures a careful reader can state from the text.</summary>
public sealed record ExpectedFigures
{
    public double? DurationMinutes { get; init; }

    public string? ImpactStart { get; init; }

    public string? ImpactEnd { get; init; }
}
