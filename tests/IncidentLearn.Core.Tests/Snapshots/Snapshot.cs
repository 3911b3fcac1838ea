using System.Runtime.CompilerServices;

namespace IncidentLearn.Core.Tests.Snapshots;

/// <summary>
/// The one stand-in for Verify (not in the feed): compares text with "{name}.verified.{ext}" in the source tree.
/// A mismatch (or a missing file) writes "{name}.received.{ext}" beside it (git-ignored) and fails; accepting a
/// change is a deliberate copy of received over verified. Line endings and trailing blank lines do not count.
/// </summary>
public static class Snapshot
{
    private static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    /// <summary>The repository root, found by walking up from the test binaries to the .sln.</summary>
    public static string Root => RepositoryRoot.Value;

    public static string InSource(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The Cases/ folder beside the calling test file.</summary>
    public static string CasesBeside([CallerFilePath] string callerPath = "") =>
        Path.Combine(Path.GetDirectoryName(callerPath)!, "Cases");

    /// <summary>Matches against Cases/{name}.verified.{ext} beside the calling test file.</summary>
    public static void MatchBeside(string name, string actual, string extension = "json", [CallerFilePath] string callerPath = "") =>
        Match(CasesBeside(callerPath), name, actual, extension);

    public static void Match(string directory, string name, string actual, string extension = "json")
    {
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        var normalised = Normalise(actual);
        if (File.Exists(verified) && Normalise(File.ReadAllText(verified)) == normalised)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, normalised);
        var hint = File.Exists(verified)
            ? $"Review with: diff \"{verified}\" \"{received}\""
            : $"No verified snapshot yet. Review \"{received}\"";
        Assert.Fail($"Snapshot '{name}' does not match. {hint}; accept with: cp \"{received}\" \"{verified}\"");
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd() + "\n";

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
