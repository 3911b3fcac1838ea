using System.Runtime.CompilerServices;

namespace IncidentLearn.Core.Tests.Stories;

/// <summary>
/// Compares output with Cases/{name}.verified.{ext} beside this file. A mismatch (or a missing file) writes
/// {name}.received.{ext} for review and fails; accepting it is a deliberate copy over the verified file.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual, string extension = "md", [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Cases");
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        var normalised = actual.Replace("\r\n", "\n");
        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == normalised)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, normalised);
        Assert.Fail(File.Exists(verified)
            ? $"{name} differs from its verified snapshot; review {received} and copy it over {verified} to accept."
            : $"{name} has no verified snapshot yet; review {received} and rename it to {verified} to accept.");
    }
}
