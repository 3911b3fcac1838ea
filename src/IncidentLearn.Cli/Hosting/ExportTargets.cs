using IncidentLearn.Core.Exports;

namespace IncidentLearn.Cli.Hosting;

/// <summary>Where export files go: --out is a file, a folder, or (for many) a .zip.</summary>
public static class ExportTargets
{
    /// <summary>Writes one file; --out is taken as the file when it has the item's extension, else as a folder. Returns the path.</summary>
    public static async Task<string> WriteOneAsync(ExportItem item, string target, CancellationToken cancellationToken)
    {
        var path = target.EndsWith(Path.GetExtension(item.Name), StringComparison.OrdinalIgnoreCase) && !Directory.Exists(target)
            ? target
            : Path.Combine(target, item.Name);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, item.Bytes, cancellationToken);
        return path;
    }

    /// <summary>Writes files one at a time as they are made, into a .zip or a folder. Returns how many.</summary>
    public static async Task<int> WriteManyAsync(IAsyncEnumerable<ExportItem> items, string target, TextWriter output, CancellationToken cancellationToken)
    {
        if (target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            await using var zip = File.Create(target);
            return await ZipBundleWriter.WriteAsync(zip, items, cancellationToken: cancellationToken);
        }

        Directory.CreateDirectory(target);
        var names = new UniqueFileNames();
        var count = 0;
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            // Exporting again into the same folder overwrites, so names stay stable; only names in this run are kept apart.
            var path = Path.Combine(target, names.Next(item.Name));
            await File.WriteAllBytesAsync(path, item.Bytes, cancellationToken);
            await output.WriteLineAsync(path);
            count++;
        }

        return count;
    }
}
