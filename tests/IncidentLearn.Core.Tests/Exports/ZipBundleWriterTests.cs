using System.IO.Compression;
using IncidentLearn.Core.Exports;
using IncidentLearn.Core.Tests.Reports;

namespace IncidentLearn.Core.Tests.Exports;

public sealed class ZipBundleWriterTests
{
    [Fact]
    public void EachItemIsWrittenBeforeTheNextIsAskedForEvenOnANonSeekableStream()
    {
        var output = new ForwardOnlyStream();
        var writtenWhenAsked = new List<long>();
        IEnumerable<ExportItem> Items()
        {
            for (var i = 0; i < 5; i++)
            {
                writtenWhenAsked.Add(output.Written);
                yield return new ExportItem($"file-{i}.md", new byte[50_000 + i]);
            }
        }

        var count = ZipBundleWriter.Write(output, Items(), CompressionLevel.NoCompression);

        Assert.Equal(5, count);
        // With no compression each 50 kB entry reaches the output before the next item is made.
        for (var i = 1; i < writtenWhenAsked.Count; i++)
        {
            Assert.True(writtenWhenAsked[i] >= 50_000 * i, $"item {i} was asked for with only {writtenWhenAsked[i]} bytes written");
        }
    }

    [Fact]
    public void RepeatedOrUnsafeNamesBecomeDistinctFlatEntries()
    {
        using var buffer = new MemoryStream();
        ZipBundleWriter.Write(buffer, [new("a.md", [1]), new("A.md", [2]), new("../../etc/passwd", [3]), new("dir\\b.pdf", [4]), new("..", [5])]);

        buffer.Position = 0;
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
        Assert.Equal(["a.md", "A-2.md", "passwd", "b.pdf", "incident"], zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public async Task BulkExportOfTheSamplesZipsOneShareFilePerIncidentNamedFromItsTitle()
    {
        var exporter = new IncidentExporter(ReportSamples.Templates);
        using var buffer = new MemoryStream();
        async IAsyncEnumerable<ExportItem> Items()
        {
            foreach (var item in exporter.ExportEach(ReportSamples.All(), ExportFormat.ShareMarkdown))
            {
                await Task.Yield();
                yield return item;
            }
        }

        var count = await ZipBundleWriter.WriteAsync(buffer, Items(), cancellationToken: TestContext.Current.CancellationToken);

        buffer.Position = 0;
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
        Assert.Equal(ReportSamples.Slugs.Count, count);
        Assert.Contains(zip.Entries, e => e.FullName == "postgres-primary-out-of-disk-from-wal-held-by-an-orphaned-replication-slot.share.md");
        using var reader = new StreamReader(zip.Entries[0].Open());
        Assert.StartsWith("# ", await reader.ReadToEndAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>Like an HTTP response body: it can only be written forward and cannot tell its length.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Written += count;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
