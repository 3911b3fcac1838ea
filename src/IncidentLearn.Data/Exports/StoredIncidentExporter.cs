using System.Runtime.CompilerServices;
using IncidentLearn.Core;
using IncidentLearn.Core.Anki;
using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Exports;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reports;
using IncidentLearn.Data.Anki;
using IncidentLearn.Data.Store;

namespace IncidentLearn.Data.Exports;

/// <summary>
/// Exports for the API and the command line: one incident as a file in any format, or many as a stream of files
/// read from the store one at a time. Anki packages live here because they need SQLite, which Core does not have.
/// </summary>
public sealed class StoredIncidentExporter(IncidentStore store, LearningServices learning)
{
    public async Task<ExportItem> ExportAsync(IncidentRecord record, ExportFormat format, bool withCards, CancellationToken cancellationToken)
    {
        var needsCards = format == ExportFormat.Apkg || (withCards && format == ExportFormat.Pdf);
        var distractors = needsCards ? await store.DistractorsAsync(cancellationToken) : DistractorIndex.Empty;
        return Export(record, format, withCards, distractors);
    }

    /// <summary>Every incident the query matches, exported one at a time; Anki gets one package with a deck per incident, a study pack one PDF.</summary>
    public async IAsyncEnumerable<ExportItem> ExportManyAsync(IncidentQuery query, ExportFormat format, bool withCards, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var needsCards = format == ExportFormat.Apkg || (withCards && format == ExportFormat.Pdf);
        var distractors = needsCards ? await store.DistractorsAsync(cancellationToken) : DistractorIndex.Empty;
        var decks = new List<IncidentCards>();
        var packed = new List<IncidentRecord>();
        await foreach (var record in RecordsAsync(query, cancellationToken))
        {
            switch (format)
            {
                case ExportFormat.Apkg:
                    decks.Add(new IncidentCards(record, CardsFor(record, distractors)));
                    break;
                case ExportFormat.StudyPack:
                    // A study pack is one document over the chosen set, so the set is held until it is laid out.
                    packed.Add(record);
                    break;
                default:
                    yield return Export(record, format, withCards, distractors);
                    break;
            }
        }

        if (decks.Count > 0)
        {
            yield return Package("incidentlearn.apkg", decks);
        }

        if (packed.Count > 0)
        {
            yield return learning.Exporter.StudyPack(packed, "Incident study pack");
        }
    }

    private ExportItem Export(IncidentRecord record, ExportFormat format, bool withCards, DistractorIndex distractors)
    {
        if (format == ExportFormat.Apkg)
        {
            return Package(SafeFileName.For(record.Title, format), [new IncidentCards(record, CardsFor(record, distractors))]);
        }

        var options = withCards && format == ExportFormat.Pdf
            ? new IncidentReportOptions { IncludeFlashcards = true, Deck = CardsFor(record, distractors) }
            : null;
        return learning.Exporter.Export(record, format, options);
    }

    private IReadOnlyList<Card> CardsFor(IncidentRecord record, DistractorIndex distractors) =>
        CardGenerator.Deck(record, distractors, learning.Timelines);

    private static ExportItem Package(string name, IReadOnlyList<IncidentCards> decks) =>
        new(name, new ApkgWriter().Write(AnkiNoteBuilder.Build(decks)), ExportFormat.Apkg.ContentType());

    private async IAsyncEnumerable<IncidentRecord> RecordsAsync(IncidentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Pages of summaries, then one record at a time: a bulk export never holds every incident at once.
        for (var page = 1; ; page++)
        {
            var chunk = await store.ListAsync(query with { Page = page, PageSize = IncidentQuery.MaxPageSize }, cancellationToken);
            foreach (var summary in chunk.Items)
            {
                if (await store.GetAsync(summary.Id, cancellationToken) is { } stored)
                {
                    yield return stored.Record;
                }
            }

            if (chunk.Items.Count < IncidentQuery.MaxPageSize)
            {
                yield break;
            }
        }
    }
}
