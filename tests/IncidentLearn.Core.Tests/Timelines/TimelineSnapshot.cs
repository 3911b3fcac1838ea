namespace IncidentLearn.Core.Tests.Timelines;

/// <summary>
/// A small stand-in for Verify: compares text with Cases/{name}.verified.json in the source tree; on a mismatch
/// writes {name}.received.json beside it and fails. Accepting a change is copying received over verified by hand.
/// </summary>
internal static class TimelineSnapshot
{
    public static string CasesDirectory { get; } = Path.Combine(SourceRoot(), "tests", "IncidentLearn.Core.Tests", "Timelines", "Cases");

    public static void Verify(string name, string actual, string extension = "json")
    {
        var verified = Path.Combine(CasesDirectory, $"{name}.verified.{extension}");
        var received = Path.Combine(CasesDirectory, $"{name}.received.{extension}");
        var normalised = actual.ReplaceLineEndings("\n").TrimEnd() + "\n";
        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == normalised)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised);
        Assert.Fail(expected is null
            ? $"No snapshot yet for {name}: read {received} and, if it is right, copy it to {verified}."
            : $"{name} differs from its snapshot: compare {received} with {verified}.");
    }

    private static string SourceRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IncidentLearn.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No IncidentLearn.sln above {AppContext.BaseDirectory}.");
    }
}
