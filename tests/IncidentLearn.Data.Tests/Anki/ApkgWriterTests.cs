using System.IO.Compression;
using System.Text.Json;
using IncidentLearn.Core.Anki;
using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Data.Anki;
using Microsoft.Data.Sqlite;

namespace IncidentLearn.Data.Tests.Anki;

public sealed class ApkgWriterTests : IDisposable
{
    private readonly List<string> temporaryFiles = [];

    [Fact]
    public void ThePackageIsAZipWithACollectionAndAnEmptyMediaMap()
    {
        using var zip = new ZipArchive(new MemoryStream(Export(Records())));
        Assert.Equal(["collection.anki2", "media"], zip.Entries.Select(e => e.FullName).Order());
        using var media = new StreamReader(zip.GetEntry("media")!.Open());
        Assert.Equal("{}", media.ReadToEnd());
    }

    [Fact]
    public void TheCollectionIsSchemaElevenWithParseableNoteTypesDecksAndOptions()
    {
        using var db = Open(Export(Records()));
        using var col = Query(db, "SELECT ver, models, decks, dconf, conf FROM col");
        Assert.True(col.Read());
        Assert.Equal(11, col.GetInt32(0));
        using var models = JsonDocument.Parse(col.GetString(1));
        var names = models.RootElement.EnumerateObject().Select(m => m.Value.GetProperty("name").GetString()).Order().ToList();
        Assert.Equal(["IncidentLearn Basic", "IncidentLearn Cloze"], names);
        var cloze = models.RootElement.EnumerateObject().Single(m => m.Value.GetProperty("name").GetString() == "IncidentLearn Cloze").Value;
        Assert.Equal(1, cloze.GetProperty("type").GetInt32());
        using var decks = JsonDocument.Parse(col.GetString(2));
        Assert.True(decks.RootElement.TryGetProperty("1", out _), "the default deck must exist");
        var deckNames = decks.RootElement.EnumerateObject().Select(d => d.Value.GetProperty("name").GetString()).ToList();
        Assert.Contains("IncidentLearn::Checkout stalled by a RabbitMQ memory alarm", deckNames);
        Assert.Contains("IncidentLearn::Postgres primary out of disk", deckNames);
        JsonDocument.Parse(col.GetString(3)).Dispose();
        JsonDocument.Parse(col.GetString(4)).Dispose();
    }

    [Fact]
    public void EveryCardBecomesANoteAndClozeNotesGetOneCardPerDeletion()
    {
        var incidents = Records();
        var notes = AnkiNoteBuilder.Build(incidents);
        using var db = Open(Export(incidents));
        Assert.Equal(incidents.Sum(i => i.Cards.Count), Scalar(db, "SELECT count(*) FROM notes"));
        var expectedCards = notes.Sum(n => n.CardOrdinals.Count);
        Assert.Equal(expectedCards, Scalar(db, "SELECT count(*) FROM cards"));
        Assert.True(expectedCards > notes.Count, "some cloze note should blank two things");
        // Each cloze card's ordinal matches a cN in its note.
        Assert.Equal(0, Scalar(db, """
            SELECT count(*) FROM cards c JOIN notes n ON n.id = c.nid
            WHERE instr(n.flds, '{{c' || (c.ord + 1) || '::') = 0 AND n.mid = (SELECT mid FROM notes WHERE flds LIKE '%{{c1::%' LIMIT 1)
            """));
        Assert.Equal(0, Scalar(db, "SELECT count(*) FROM cards WHERE did NOT IN (SELECT did FROM cards) OR type <> 0 OR queue <> 0"));
    }

    [Fact]
    public void NotesHoldEscapedHtmlFieldsTagsAndAChecksum()
    {
        var record = Record(Guid.NewGuid(), "Cache <script> & friends", "A header like <b>Cache-Control</b> & co was dropped, so 1,262 customers saw pages for 40 minutes.");
        var cards = CardGenerator.Generate(record, []);
        using var db = Open(Export([new IncidentCards(record, cards)]));
        using var reader = Query(db, "SELECT flds, tags, csum, sfld FROM notes");
        var all = new List<(string Fields, string Tags)>();
        while (reader.Read())
        {
            all.Add((reader.GetString(0), reader.GetString(1)));
            Assert.NotEqual(0, reader.GetInt64(2));
            // The sort field is the text a person reads: tags stripped, entities decoded.
            Assert.DoesNotContain("&lt;", reader.GetString(3));
            Assert.DoesNotContain("<ol", reader.GetString(3));
        }

        Assert.All(all, n => Assert.DoesNotContain("<script>", n.Fields));
        Assert.All(all, n => Assert.DoesNotContain("<b>Cache", n.Fields));
        Assert.Contains(all, n => n.Fields.Contains("&lt;b&gt;Cache-Control&lt;/b&gt; &amp; co", StringComparison.Ordinal));
        Assert.All(all, n => Assert.StartsWith(" incidentlearn caching ", n.Tags));
    }

    [Fact]
    public void TwoExportsOfTheSameIncidentsKeepNoteGuidsAndIds()
    {
        var first = NoteKeys(Export(Records()));
        var incidents = Records();
        incidents[0].Record.Summary += " Nobody was paged.";
        var second = NoteKeys(Export([new IncidentCards(incidents[0].Record, CardGenerator.Generate(incidents[0].Record, [])), incidents[1]]));
        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Select(k => k.Guid).Distinct().Count());
    }

    [Fact]
    public void DecksCanBeGroupedByTag()
    {
        var notes = AnkiNoteBuilder.Build(Records(), AnkiDeckGrouping.PerTag);
        Assert.Equal(["IncidentLearn::postgres", "IncidentLearn::queues"], notes.Select(n => n.Deck).Distinct().Order());
    }

    private static List<IncidentCards> Records()
    {
        var rabbit = Record(Guid.Parse("45b197a8-934f-4b97-9eeb-529e7be5e200"), "Checkout stalled by a RabbitMQ memory alarm",
            "The notifications queue grew to 2.3 million messages and RabbitMQ blocked every publisher for 30 minutes.", "queues");
        var postgres = Record(Guid.Parse("0fd6d682-ae61-4eb5-a2fb-cf27bb310036"), "Postgres primary out of disk",
            "An orphaned replication slot held back 388 GB of WAL until the 500 GB volume filled and writes stopped for 50 minutes.", "postgres");
        IncidentRecord[] all = [rabbit, postgres];
        return [.. all.Select(r => new IncidentCards(r, CardGenerator.Generate(r, all)))];
    }

    private static IncidentRecord Record(Guid id, string title, string summary, string tag = "caching") => new()
    {
        Id = id,
        Title = title,
        Tags = [tag],
        Summary = summary,
        Impact = "Checkout failed for 50 minutes and about 5,800 orders were delayed.",
        RootCauses = ["Nobody removed the resource when its consumer was decommissioned."],
        Trigger = "A routine change in the afternoon.",
        Resolution = "The team moved the backlog aside to free memory. Then they fixed the secret and the backlog drained by 00:58.",
        Timeline =
        [
            new() { Start = "23:20", Text = "Writes stopped", Kind = EventKind.Impact },
            new() { Start = "23:35", Text = "Alert fired on the primary", Kind = EventKind.Detection },
            new() { Start = "00:10", Text = "Volume grown and writes resumed", Kind = EventKind.Mitigation },
        ],
    };

    private byte[] Export(IReadOnlyList<IncidentCards> incidents) =>
        new ApkgWriter(new FixedClock()).Write(AnkiNoteBuilder.Build(incidents));

    private List<(string Guid, long Id)> NoteKeys(byte[] package)
    {
        using var db = Open(package);
        using var reader = Query(db, "SELECT guid, id FROM notes ORDER BY guid");
        var keys = new List<(string, long)>();
        while (reader.Read())
        {
            keys.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return keys;
    }

    private SqliteConnection Open(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        var path = Path.Combine(Path.GetTempPath(), $"apkg-test-{Guid.NewGuid():N}.anki2");
        temporaryFiles.Add(path);
        zip.GetEntry("collection.anki2")!.ExtractToFile(path);
        var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static SqliteDataReader Query(SqliteConnection db, string sql)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteReader();
    }

    private static long Scalar(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        foreach (var file in temporaryFiles)
        {
            File.Delete(file);
        }
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2025, 3, 5, 12, 0, 0, TimeSpan.Zero);
    }
}
