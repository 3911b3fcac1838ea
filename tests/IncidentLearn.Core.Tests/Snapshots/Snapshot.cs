namespace IncidentLearn.Core.Tests.Snapshots;

/// <summary>
/// A tiny stand-in for Verify: compares text with a "*.verified.json" file in the source tree. A mismatch
/// (or a missing file) writes "*.received.json" beside it and fails; accepting is a deliberate copy.
/// </summary>
public static class Snapshot
{
    private static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    /// <summary>The repository root, found by walking up from the test binaries to the .sln.</summary>
    public static string Root => RepositoryRoot.Value;

    public static string InSource(params string[] parts) => Path.Combine([Root, .. parts]);

    public static void Match(string directory, string name, string actual)
    {
        var verified = Path.Combine(directory, $"{name}.verified.json");
        var received = Path.Combine(directory, $"{name}.received.json");
        var normalised = actual.ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == normalised)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised);
        var hint = File.Exists(verified)
            ? $"Review with: diff \"{verified}\" \"{received}\""
            : $"No verified snapshot yet. Review \"{received}\"";
        Assert.Fail($"Snapshot '{name}' does not match. {hint}; accept with: cp \"{received}\" \"{verified}\"");
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (directory.GetFiles("*.sln").Length > 0)
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No .sln found above {AppContext.BaseDirectory}; snapshots live in the source tree.");
    }
}
