using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using IncidentLearn.Core.Anki;
using IncidentLearn.Core.Cards;
using Microsoft.Data.Sqlite;

namespace IncidentLearn.Data.Anki;

/// <summary>
/// Writes an Anki package in the legacy format current Anki still imports: a zip holding `collection.anki2`
/// (an SQLite collection, schema 11) and `media` (`{}`). Ids derive from note GUIDs, so two exports of the
/// same cards hold the same notes and re-importing updates them.
/// </summary>
public sealed partial class ApkgWriter(TimeProvider clock)
{
    private const char FieldSeparator = '\u001f';

    public ApkgWriter()
        : this(TimeProvider.System)
    {
    }

    public void Write(Stream output, IReadOnlyList<AnkiNote> notes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"incidentlearn-{Guid.NewGuid():N}.anki2");
        try
        {
            WriteCollection(path, notes);
            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            zip.CreateEntryFromFile(path, "collection.anki2", CompressionLevel.Optimal);
            using var media = new StreamWriter(zip.CreateEntry("media").Open(), new UTF8Encoding(false));
            media.Write("{}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    public byte[] Write(IReadOnlyList<AnkiNote> notes)
    {
        using var buffer = new MemoryStream();
        Write(buffer, notes);
        return buffer.ToArray();
    }

    private void WriteCollection(string path, IReadOnlyList<AnkiNote> notes)
    {
        var now = clock.GetUtcNow();
        var seconds = now.ToUnixTimeSeconds();
        var decks = notes.Select(n => n.Deck).Distinct(StringComparer.Ordinal).ToDictionary(d => d, DeckId, StringComparer.Ordinal);

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        // One transaction: thousands of inserts commit in one write instead of one each.
        Execute(connection, "BEGIN");
        Execute(connection, AnkiCollectionSchema.Create);
        Execute(
            connection,
            "INSERT INTO col VALUES (1, $crt, $mod, $scm, $ver, 0, 0, 0, $conf, $models, $decks, $dconf, '{}')",
            ("$crt", new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).ToUnixTimeSeconds()),
            ("$mod", now.ToUnixTimeMilliseconds()),
            ("$scm", now.ToUnixTimeMilliseconds()),
            ("$ver", AnkiCollectionSchema.Version),
            ("$conf", AnkiCollectionJson.Conf(AnkiNoteTypes.Basic.Id)),
            ("$models", AnkiCollectionJson.Models(AnkiNoteTypes.All, seconds)),
            ("$decks", AnkiCollectionJson.Decks(decks.Select(d => (d.Value, d.Key)), seconds)),
            ("$dconf", AnkiCollectionJson.DeckConf()));

        var position = 0;
        foreach (var note in notes)
        {
            var noteId = Id("note:" + note.Guid);
            var sortField = StripHtml(note.Fields[0]);
            Execute(
                connection,
                "INSERT INTO notes VALUES ($id, $guid, $mid, $mod, -1, $tags, $flds, $sfld, $csum, 0, '')",
                ("$id", noteId),
                ("$guid", note.Guid),
                ("$mid", note.NoteType.Id),
                ("$mod", seconds),
                ("$tags", note.Tags.Count == 0 ? "" : " " + string.Join(' ', note.Tags) + " "),
                ("$flds", string.Join(FieldSeparator, note.Fields)),
                ("$sfld", sortField),
                ("$csum", Checksum(sortField)));
            foreach (var ordinal in note.CardOrdinals)
            {
                Execute(
                    connection,
                    "INSERT INTO cards VALUES ($id, $nid, $did, $ord, $mod, -1, 0, 0, $due, 0, 0, 0, 0, 0, 0, 0, 0, '')",
                    ("$id", Id($"card:{note.Guid}:{ordinal}")),
                    ("$nid", noteId),
                    ("$did", decks[note.Deck]),
                    ("$ord", ordinal),
                    ("$mod", seconds),
                    ("$due", ++position));
            }
        }

        Execute(connection, "COMMIT");
    }

    // Anki's ids are millisecond timestamps; a stable number in the same range keeps ids steady across exports.
    private static long Id(string key) => 1_000_000_000_000 + (CardId.StableNumber(key) % 8_000_000_000_000);

    private static long DeckId(string name) => Id("deck:" + name);

    /// <summary>Anki's duplicate check: the first 8 hex digits of SHA-1 of the stripped sort field, as a number.</summary>
    private static long Checksum(string sortField) =>
        long.Parse(Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(sortField)))[..8], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string StripHtml(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " ")).Trim();

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
