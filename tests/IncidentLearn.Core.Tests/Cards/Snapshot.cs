using System.Runtime.CompilerServices;

namespace IncidentLearn.Core.Tests.Cards;

/// <summary>
/// Verify-style snapshots: compares text with Cases/{name}.verified.{ext}; on a mismatch writes
/// {name}.received.{ext} beside it, and accepting it is a deliberate copy over the verified file.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual, string extension = "json", [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "Cases");
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        var normalized = actual.ReplaceLineEndings("\n");
        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == normalized)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, normalized);
        Assert.Fail($"Snapshot {name} differs from {verified}; review {received} and copy it over to accept.");
    }
}
