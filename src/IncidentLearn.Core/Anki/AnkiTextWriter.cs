using System.Text;

namespace IncidentLearn.Core.Anki;

/// <summary>
/// Anki's text import format (2.1.54+): header lines, then one tab-separated note per line with its GUID,
/// note type, deck and tags in the first four columns. `#notetype column:` only finds note types that exist,
/// so learners import the .apkg once, or the writer maps to Anki's stock "Basic" and "Cloze".
/// </summary>
public static class AnkiTextWriter
{
    public static string Write(IEnumerable<AnkiNote> notes, bool stockNoteTypes = false)
    {
        var text = new StringBuilder();
        text.Append("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:4\n");
        foreach (var note in notes)
        {
            var (type, fields) = stockNoteTypes ? ToStock(note) : (note.NoteType.Name, note.Fields);
            text.Append(Cell(note.Guid)).Append('\t')
                .Append(Cell(type)).Append('\t')
                .Append(Cell(note.Deck)).Append('\t')
                .Append(Cell(string.Join(' ', note.Tags)));
            foreach (var field in fields)
            {
                text.Append('\t').Append(Cell(field));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Stock types have two fields each, so context and source fold into the second.</summary>
    private static (string Type, IReadOnlyList<string> Fields) ToStock(AnkiNote note)
    {
        var f = note.Fields;
        return note.NoteType.IsCloze
            ? ("Cloze", [f[0], $"{f[1]}<br><small>{f[2]}</small>"])
            : ("Basic", [$"<small>{f[2]}</small><br>{f[0]}", $"{f[1]}<br><small>{f[3]}</small>"]);
    }

    // Fields are already HTML; a tab or line break would end the cell or the line, and a leading quote would start CSV quoting.
    private static string Cell(string value)
    {
        var flat = value.Replace("\t", " ", StringComparison.Ordinal).ReplaceLineEndings("<br>");
        return flat.StartsWith('"') ? "&quot;" + flat[1..] : flat;
    }
}
