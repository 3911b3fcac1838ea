namespace IncidentLearn.Core.Anki;

/// <summary>How notes are put into decks: one deck per incident, or one per the incident's first tag.</summary>
public enum AnkiDeckGrouping
{
    PerIncident,
    PerTag,
}
