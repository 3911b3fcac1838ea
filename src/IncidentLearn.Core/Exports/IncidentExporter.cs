using IncidentLearn.Core.CanonicalFormat;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Pdf;
using IncidentLearn.Core.Reports;
using IncidentLearn.Core.Stories;

namespace IncidentLearn.Core.Exports;

/// <summary>
/// One place that turns records into export files, for the CLI's `export` and the API's export endpoints: a single
/// incident as an <see cref="ExportItem"/>, or many lazily, one at a time, ready for <see cref="ZipBundleWriter"/>.
/// </summary>
public sealed class IncidentExporter(IncidentReportBuilder reports, StudyPackBuilder studyPacks)
{
    public IncidentExporter(TemplateSource templates)
        : this(new IncidentReportBuilder(templates), new StudyPackBuilder(templates))
    {
    }

    /// <summary>Whether this exporter can write the format; Anki packages are built outside Core.</summary>
    public static bool Supports(ExportFormat format) => format != ExportFormat.Apkg;

    public ExportItem Export(IncidentRecord record, ExportFormat format, IncidentReportOptions? options = null)
    {
        var name = SafeFileName.For(record.Title, format);
        var bytes = format switch
        {
            ExportFormat.Pdf => new IncidentReportDocument(reports.Build(record, options)).Render().Bytes,
            ExportFormat.Markdown => System.Text.Encoding.UTF8.GetBytes(CanonicalMarkdown.Write(record)),
            ExportFormat.ShareMarkdown => System.Text.Encoding.UTF8.GetBytes(ShareMarkdownWriter.Write(reports.Build(record, options))),
            ExportFormat.StudyPack => StudyPack([record], record.Title).Bytes,
            _ => throw new NotSupportedException($"Core does not write '{format.WireName()}'; choose one of pdf, md or share-md."),
        };
        return new ExportItem(name, bytes, format.ContentType());
    }

    /// <summary>One study pack for a chosen set of incidents: each one's STAR story and flashcards.</summary>
    public ExportItem StudyPack(IReadOnlyList<IncidentRecord> records, string? title = null) =>
        new(records.Count == 1 ? SafeFileName.For(records[0].Title, ExportFormat.StudyPack) : "study-pack.pdf",
            new StudyPackDocument(studyPacks.Build(records, records.Count == 1 ? $"Study pack: {title}" : title)).Render().Bytes,
            ExportFormat.StudyPack.ContentType());

    /// <summary>Each record exported only when the consumer asks for it, so memory holds one file at a time.</summary>
    public IEnumerable<ExportItem> ExportEach(IEnumerable<IncidentRecord> records, ExportFormat format, IncidentReportOptions? options = null)
    {
        foreach (var record in records)
        {
            yield return Export(record, format, options);
        }
    }
}
