namespace IncidentLearn.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task ExportAllWritesOneFilePerIncidentNamedFromItsTitleAndTheyReimportUnchanged()
    {
        using var cli = new CliRun();
        cli.Write("in/a.md", Samples.Canonical("Internal DNS returned NXDOMAIN"));
        cli.Write("in/b.md", Samples.Canonical("Café órders: stuck at 14:00!"));
        await cli.RunAsync("import", Path.Combine(cli.Folder, "in"));
        var outFolder = Path.Combine(cli.Folder, "out");

        var (exit, output, _) = await cli.RunAsync("export", "all", "--format", "md", "--out", outFolder);

        Assert.Equal(0, exit);
        Assert.Contains("2 incidents exported", output);
        var files = Directory.GetFiles(outFolder).Select(f => Path.GetFileName(f)).Order().ToArray();
        Assert.Equal(["cafe-orders-stuck-at-14-00.md", "internal-dns-returned-nxdomain.md"], files);
        var before = File.ReadAllText(Path.Combine(outFolder, files[0]));

        var (reimport, reimportOut, _) = await cli.RunAsync("import", outFolder);
        Assert.Equal(0, reimport);
        Assert.Contains("unchanged", reimportOut);
        await cli.RunAsync("export", "all", "--out", outFolder);
        Assert.Equal(before, File.ReadAllText(Path.Combine(outFolder, files[0])));
    }

    [Fact]
    public async Task ExportByIdPrefixWritesThatIncident()
    {
        using var cli = new CliRun();
        cli.Write("dns.md", Samples.Canonical("Internal DNS returned NXDOMAIN", id: "0f6d9c1e-8a4b-4c2d-9e7f-112233445566"));
        await cli.RunAsync("import", Path.Combine(cli.Folder, "dns.md"));

        var (exit, output, _) = await cli.RunAsync("export", "0f6d9c1e", "--out", Path.Combine(cli.Folder, "out"));

        Assert.Equal(0, exit);
        Assert.EndsWith("internal-dns-returned-nxdomain.md", output.Trim());
    }

    [Fact]
    public async Task ExportingAnUnknownIdExitsOneAndSaysSo()
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync("export", "deadbeef", "--out", Path.Combine(cli.Folder, "out"));

        Assert.Equal(1, exit);
        Assert.Contains("No incident id starts with 'deadbeef'", error);
    }
}
