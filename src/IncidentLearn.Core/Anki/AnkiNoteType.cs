namespace IncidentLearn.Core.Anki;

/// <summary>An Anki note type: fields, card templates and styling; <see cref="IsCloze"/> selects Anki's cloze kind.</summary>
public sealed record AnkiNoteType(
    long Id,
    string Name,
    bool IsCloze,
    IReadOnlyList<string> Fields,
    IReadOnlyList<AnkiCardTemplate> Templates,
    string Css);

/// <summary>One card template of a note type, in Anki's {{Field}} syntax.</summary>
public sealed record AnkiCardTemplate(string Name, string Front, string Back);
