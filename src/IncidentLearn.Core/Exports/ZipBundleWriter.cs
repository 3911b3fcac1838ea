using System.IO.Compression;

namespace IncidentLearn.Core.Exports;

/// <summary>One file of an export: its name inside the bundle and its bytes.</summary>
public sealed record ExportItem(string Name, byte[] Bytes, string ContentType = "application/octet-stream");

/// <summary>
/// Writes a stream of export items into a zip, one entry at a time: each item is asked for only after the previous
/// one is written, so a bulk export holds one file in memory however many incidents it covers. The output may be
/// a non-seekable stream such as an HTTP response body. Repeated names get "-2", "-3".
/// </summary>
public static class ZipBundleWriter
{
    public static int Write(Stream output, IEnumerable<ExportItem> items, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var names = new UniqueFileNames();
        var count = 0;
        foreach (var item in items)
        {
            var entry = zip.CreateEntry(names.Next(EntryName(item.Name)), level);
            using (var stream = entry.Open())
            {
                stream.Write(item.Bytes);
            }

            count++;
        }

        return count;
    }

    public static async Task<int> WriteAsync(Stream output, IAsyncEnumerable<ExportItem> items, CompressionLevel level = CompressionLevel.Fastest, CancellationToken cancellationToken = default)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var names = new UniqueFileNames();
        var count = 0;
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            var entry = zip.CreateEntry(names.Next(EntryName(item.Name)), level);
            await using (var stream = await entry.OpenAsync(cancellationToken))
            {
                await stream.WriteAsync(item.Bytes, cancellationToken);
            }

            count++;
        }

        return count;
    }

    /// <summary>Entry names stay flat and relative: no folders, drive letters or "..", which unzip tools would follow.</summary>
    private static string EntryName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(file) || file.Trim('.').Length == 0 ? SafeFileName.Fallback : file;
    }
}
