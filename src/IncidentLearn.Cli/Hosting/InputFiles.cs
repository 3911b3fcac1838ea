using IncidentLearn.Core.Reading;

namespace IncidentLearn.Cli.Hosting;

/// <summary>Turns the paths a user typed into files, and files into text, with the same limits as the API.</summary>
public static class InputFiles
{
    /// <summary>The same default the API applies to a request body.</summary>
    public const long MaxBytes = ReadingLimits.DefaultMaxSourceBytes;

    private static readonly string[] Extensions = [".md", ".markdown", ".txt"];

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, TextWriter error, out int missing)
    {
        var files = new List<string>();
        missing = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                missing++;
                error.WriteLine($"{path}: rejected: no such file or folder.");
            }
        }

        return files;
    }

    public static async Task<(string? Text, string? Problem)> ReadTextAsync(string file, CancellationToken cancellationToken)
    {
        var length = new FileInfo(file).Length;
        if (length > MaxBytes)
        {
            return (null, $"the file is {length:N0} bytes; the limit is {MaxBytes:N0} bytes (2 MiB).");
        }

        var decoded = SourceDecoder.Decode(await File.ReadAllBytesAsync(file, cancellationToken));
        return decoded.Succeeded ? (decoded.Text, null) : (null, decoded.Error!.Message);
    }
}
