namespace IncidentLearn.Core.Anki;

/// <summary>
/// One Anki note, ready to write: field values are already HTML. <see cref="Guid"/> is derived from the card
/// id, so exporting an updated deck updates the notes a learner already has instead of duplicating them.
/// </summary>
public sealed record AnkiNote(string Guid, AnkiNoteType NoteType, IReadOnlyList<string> Fields, string Deck, IReadOnlyList<string> Tags)
{
    /// <summary>Template ordinals of the cards this note makes: one for a basic note, one per distinct cN for a cloze.</summary>
    public IReadOnlyList<int> CardOrdinals => NoteType.IsCloze ? AnkiCloze.Ordinals(Fields[0]) : [0];
}
