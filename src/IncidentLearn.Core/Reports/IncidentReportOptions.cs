using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Reports;

/// <summary>What a report includes beyond the record itself.</summary>
public sealed record IncidentReportOptions
{
    public static IncidentReportOptions Default { get; } = new();

    /// <summary>Adds the flashcards as a printable appendix.</summary>
    public bool IncludeFlashcards { get; init; }

    /// <summary>Other incidents, whose facts make the wrong choices on choice cards.</summary>
    public IReadOnlyList<IncidentRecord> OtherIncidents { get; init; } = [];

    public CardOptions Cards { get; init; } = CardOptions.Default;

    /// <summary>Cards already made (with wrong choices from the whole store); when null they are made from <see cref="OtherIncidents"/>.</summary>
    public IReadOnlyList<Card>? Deck { get; init; }

    /// <summary>The zone times are shown in; the record's own when null.</summary>
    public TimeZoneInfo? DisplayZone { get; init; }
}
