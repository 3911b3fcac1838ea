namespace IncidentLearn.Core.Anki;

/// <summary>
/// The note types every IncidentLearn export uses, shared by the text writer and the .apkg writer. Names are
/// distinctive so Anki neither confuses them with its translated stock types nor renames them on import;
/// ids are fixed so re-imports find the same note type.
/// </summary>
public static class AnkiNoteTypes
{
    public const string BasicName = "IncidentLearn Basic";
    public const string ClozeName = "IncidentLearn Cloze";

    private const string Css = """
        .card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left; color: #1b1b1b; background: #fff; }
        .context { font-size: 14px; color: #666; margin-bottom: 12px; }
        .source { font-size: 12px; color: #999; margin-top: 16px; }
        .cloze { font-weight: bold; color: #0b5cad; }
        ol.choices { padding-left: 1.4em; }
        """;

    public static AnkiNoteType Basic { get; } = new(
        1_735_689_600_101,
        BasicName,
        IsCloze: false,
        ["Front", "Back", "Context", "Source"],
        [new AnkiCardTemplate(
            "Recall",
            "<div class=\"context\">{{Context}}</div>{{Front}}",
            "{{FrontSide}}<hr id=\"answer\">{{Back}}<div class=\"source\">{{Source}}</div>")],
        Css);

    public static AnkiNoteType Cloze { get; } = new(
        1_735_689_600_102,
        ClozeName,
        IsCloze: true,
        ["Text", "Context", "Source"],
        [new AnkiCardTemplate(
            "Cloze",
            "<div class=\"context\">{{Context}}</div>{{cloze:Text}}",
            "<div class=\"context\">{{Context}}</div>{{cloze:Text}}<div class=\"source\">{{Source}}</div>")],
        Css);

    public static IReadOnlyList<AnkiNoteType> All { get; } = [Basic, Cloze];
}
