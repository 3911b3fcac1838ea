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
        Assert.Contains("2 files exported", output);
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
        Assert.Contains("no incident id starts with 'deadbeef'", error);
    }

    [Fact]
    public async Task OneIncidentExportsAsAPdfToTheNamedFile()
    {
        using var cli = new CliRun();
        var file = cli.Write("dns.md", Samples.Canonical("Internal DNS returned NXDOMAIN"));
        var pdf = Path.Combine(cli.Folder, "report.pdf");

        var (exit, output, _) = await cli.RunAsync("export", file, "--format", "pdf", "--out", pdf, "--cards");

        Assert.Equal(0, exit);
        Assert.Equal(pdf, output.Trim());
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]);
    }

    [Fact]
    public async Task AllIncidentsExportIntoAZipOfShareMarkdown()
    {
        using var cli = new CliRun();
        cli.Write("in/a.md", Samples.Canonical("Internal DNS returned NXDOMAIN"));
        cli.Write("in/b.md", Samples.Canonical("Queue backlog after a consumer crash"));
        await cli.RunAsync("import", Path.Combine(cli.Folder, "in"));
        var zipPath = Path.Combine(cli.Folder, "out", "all.zip");

        var (exit, output, _) = await cli.RunAsync("export", "all", "--format", "share-md", "--out", zipPath);

        Assert.Equal(0, exit);
        Assert.Contains("2 files exported", output);
        using var zip = System.IO.Compression.ZipFile.OpenRead(zipPath);
        Assert.Equal(["internal-dns-returned-nxdomain.share.md", "queue-backlog-after-a-consumer-crash.share.md"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public async Task AllIncidentsExportAsOneAnkiPackage()
    {
        using var cli = new CliRun();
        cli.Write("in/a.md", Samples.Canonical("Internal DNS returned NXDOMAIN"));
        cli.Write("in/b.md", Samples.Canonical("Queue backlog after a consumer crash"));
        await cli.RunAsync("import", Path.Combine(cli.Folder, "in"));

        var (exit, output, _) = await cli.RunAsync("export", "all", "--format", "apkg", "--out", Path.Combine(cli.Folder, "decks"));

        Assert.Equal(0, exit);
        Assert.Contains("1 file exported", output);
        Assert.True(File.Exists(Path.Combine(cli.Folder, "decks", "incidentlearn.apkg")));
    }

    [Fact]
    public async Task AStudyPackOfAllIncidentsIsOnePdfWithEveryStory()
    {
        using var cli = new CliRun();
        cli.Write("in/a.md", Samples.Canonical("Internal DNS returned NXDOMAIN"));
        cli.Write("in/b.md", Samples.Canonical("Queue backlog after a consumer crash"));
        await cli.RunAsync("import", Path.Combine(cli.Folder, "in"));

        var (exit, output, _) = await cli.RunAsync("export", "all", "--format", "study-pack", "--out", Path.Combine(cli.Folder, "pack"));

        Assert.Equal(0, exit);
        Assert.Contains("1 file exported", output);
        var pdf = File.ReadAllBytes(Path.Combine(cli.Folder, "pack", "study-pack.pdf"));
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
    }
}
