using IncidentLearn.Core.Anki;
using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Tests.Cards;

namespace IncidentLearn.Core.Tests.Anki;

public sealed class AnkiTextWriterTests
{
    [Fact]
    public void TheFileStartsWithAnkisHeaderLinesInOrder()
    {
        var text = AnkiTextWriter.Write(Notes());
        Assert.StartsWith("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:4\n", text);
    }

    [Fact]
    public void EachNoteIsOneLineWithGuidTypeDeckTagsAndItsFields()
    {
        var notes = Notes();
        var lines = AnkiTextWriter.Write(notes).TrimEnd('\n').Split('\n').Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(notes.Count, lines.Count);
        var cloze = lines.Select(l => l.Split('\t')).First(c => c[1] == AnkiNoteTypes.ClozeName);
        Assert.Equal(4 + AnkiNoteTypes.Cloze.Fields.Count, cloze.Length);
        Assert.Equal("IncidentLearn::Duplicate card charges after a retry-worker release", cloze[2]);
        Assert.Contains("{{c1::", cloze[4]);
        Assert.Contains("idempotency", cloze[3].Split(' '));
        var basic = lines.Select(l => l.Split('\t')).First(c => c[1] == AnkiNoteTypes.BasicName);
        Assert.Equal(4 + AnkiNoteTypes.Basic.Fields.Count, basic.Length);
    }

    [Fact]
    public void ListAnswersBecomeHtmlListsAndNothingBreaksTheLine()
    {
        var text = AnkiTextWriter.Write(Notes());
        Assert.Contains("<ul><li>The release changed the idempotency key", text);
        Assert.DoesNotContain("\r", text);
    }

    [Fact]
    public void FieldContentIsHtmlEscaped()
    {
        var card = new Card
        {
            Id = "crd_1",
            IncidentId = Guid.NewGuid(),
            Kind = CardKind.Qa,
            Facet = "qa:x",
            Source = "trigger",
            Question = "What did <script> & the \"header\" do?",
            Answer = "It set a\ttab\nand a line.",
        };
        var line = AnkiTextWriter.Write([AnkiNoteBuilder.ToNote(card, "IncidentLearn::x", [])]).Split('\n')[6];
        Assert.Contains("What did &lt;script&gt; &amp; the &quot;header&quot; do?", line);
        Assert.Contains("It set a tab<br>and a line.", line);
    }

    [Fact]
    public void StockNoteTypesCanBeUsedWhereOursAreNotInstalled()
    {
        var rows = AnkiTextWriter.Write(Notes(), stockNoteTypes: true).Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.All(rows, r => Assert.Contains(r[1], new[] { "Basic", "Cloze" }));
        Assert.All(rows, r => Assert.Equal(6, r.Length));
    }

    [Fact]
    public void GuidsAreStableAcrossExportsAndDistinctAcrossCards()
    {
        var first = Notes().Select(n => n.Guid).ToList();
        Assert.Equal(first, Notes().Select(n => n.Guid));
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.All(first, g => Assert.Matches("^[A-Za-z0-9]{16}$", g));
    }

    [Fact]
    public void AClozeNoteHasOneCardPerDistinctDeletion()
    {
        Assert.Equal([0, 1], AnkiCloze.Ordinals("from {{c1::500 GB}} to {{c2::750 GB}}, again {{c1::500 GB}}"));
    }

    private static IReadOnlyList<AnkiNote> Notes()
    {
        var all = SampleIncidents.All();
        var record = SampleIncidents.DuplicateCharges();
        return AnkiNoteBuilder.Build([new IncidentCards(record, CardGenerator.Generate(record, all))]);
    }
}
