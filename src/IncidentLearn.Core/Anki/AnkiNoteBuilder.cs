using IncidentLearn.Core.Cards;

namespace IncidentLearn.Core.Anki;

/// <summary>Maps cards to Anki notes: cloze cards to the cloze type, everything else (choices listed) to the basic type.</summary>
public static class AnkiNoteBuilder
{
    public const string RootDeck = "IncidentLearn";

    public static IReadOnlyList<AnkiNote> Build(IEnumerable<IncidentCards> incidents, AnkiDeckGrouping grouping = AnkiDeckGrouping.PerIncident)
    {
        var notes = new List<AnkiNote>();
        foreach (var (record, cards) in incidents)
        {
            var deck = DeckName(record.Title, record.Tags, grouping);
            var tags = record.Tags.Select(Tag).Where(t => t.Length > 0).Prepend("incidentlearn").Distinct().ToList();
            notes.AddRange(cards.Select(card => ToNote(card, deck, [.. tags, "il-" + card.Kind.ToString().ToLowerInvariant()])));
        }

        return notes;
    }

    public static AnkiNote ToNote(Card card, string deck, IReadOnlyList<string> tags)
    {
        var context = AnkiHtml.Escape(card.Context);
        var source = AnkiHtml.Escape(card.Source);
        var guid = CardId.AnkiGuid(card.Id);
        if (card.Kind == CardKind.Cloze && card.Cloze is { } cloze)
        {
            return new AnkiNote(guid, AnkiNoteTypes.Cloze, [AnkiHtml.FromCloze(cloze), context, source], deck, tags);
        }

        var front = AnkiHtml.FromCardText(card.Question);
        if (card.Choices.Count > 0)
        {
            front += AnkiHtml.Choices(card.Choices);
        }

        return new AnkiNote(guid, AnkiNoteTypes.Basic, [front, AnkiHtml.FromCardText(card.Answer), context, source], deck, tags);
    }

    /// <summary>"IncidentLearn::Title" or "IncidentLearn::tag"; "::" inside a name would make Anki nest decks, so it is folded.</summary>
    public static string DeckName(string title, IReadOnlyList<string> tags, AnkiDeckGrouping grouping)
    {
        var leaf = grouping == AnkiDeckGrouping.PerTag ? tags.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "untagged" : title;
        leaf = CardText.Collapse(leaf.Replace("::", ":", StringComparison.Ordinal));
        return $"{RootDeck}::{(leaf.Length == 0 ? "untitled" : leaf)}";
    }

    // Anki tags cannot hold spaces.
    private static string Tag(string tag) => string.Join('-', tag.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
