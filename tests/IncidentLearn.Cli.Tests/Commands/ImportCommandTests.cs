namespace IncidentLearn.Cli.Tests.Commands;

public sealed class ImportCommandTests
{
    [Fact]
    public async Task AFolderImportStoresTheGoodFilesAndNamesEachRejectedOneWithWhy()
    {
        using var cli = new CliRun();
        cli.Write("in/dns.md", Samples.Canonical("Internal DNS returned NXDOMAIN"));
        cli.Write("in/broken.md", "---\ntitle: [oops\n---\n");
        cli.Write("in/notes/untitled.md", "## Summary\n\nThe nightly export stalled for two hours.\n");
        File.WriteAllBytes(Path.Combine(cli.Folder, "in", "latin1.txt"), [0x43, 0x61, 0x66, 0xE9]);

        var (exit, output, error) = await cli.RunAsync("import", Path.Combine(cli.Folder, "in"));

        Assert.Equal(1, exit);
        Assert.Contains("2 imported, 2 rejected.", output);
        Assert.Contains("frontMatter: The front matter is not valid YAML", error.Split('\n').Single(l => l.Contains("broken.md")));
        Assert.Contains("latin1.txt: rejected: The text is not valid UTF-8: byte 3", error);
        Assert.Contains("untitled.md: stored as", output);
        var (_, listed, _) = await cli.RunAsync("list");
        Assert.Contains("Internal DNS returned NXDOMAIN", listed);
        Assert.Contains("2 incidents.", listed);
    }

    [Fact]
    public async Task ReimportingAnUnchangedFileIsNotAnErrorAndStoresNoCopy()
    {
        using var cli = new CliRun();
        var file = cli.Write("dns.md", Samples.Canonical("Internal DNS returned NXDOMAIN", id: "0f6d9c1e-8a4b-4c2d-9e7f-112233445566"));

        await cli.RunAsync("import", file);
        var (exit, output, _) = await cli.RunAsync("import", file);

        Assert.Equal(0, exit);
        Assert.Contains("unchanged", output);
        Assert.Contains("1 incident.", (await cli.RunAsync("list")).Out);
    }

    [Fact]
    public async Task AChangedFileWithAStoredIdIsRejectedUnlessReplaceIsGiven()
    {
        using var cli = new CliRun();
        const string id = "0f6d9c1e-8a4b-4c2d-9e7f-112233445566";
        var file = cli.Write("dns.md", Samples.Canonical("Internal DNS returned NXDOMAIN", id));
        await cli.RunAsync("import", file);
        cli.Write("dns.md", Samples.Canonical("Internal DNS returned NXDOMAIN", id, severity: "SEV1"));

        var refused = await cli.RunAsync("import", file);
        var replaced = await cli.RunAsync("import", file, "--replace");

        Assert.Equal(1, refused.Exit);
        Assert.Contains("--replace", refused.Error);
        Assert.Equal(0, replaced.Exit);
        Assert.Contains("SEV1", (await cli.RunAsync("list")).Out);
    }

    [Fact]
    public async Task AFileThatIsNotUtf8IsRejectedSayingWhichByte()
    {
        using var cli = new CliRun();
        var path = Path.Combine(cli.Folder, "latin1.md");
        await File.WriteAllBytesAsync(path, [.. "---\ntitle: Caf"u8.ToArray(), 0xE9, (byte)'\n'], TestContext.Current.CancellationToken);

        var (exit, _, error) = await cli.RunAsync("import", path);

        Assert.Equal(1, exit);
        Assert.Contains("byte 14 (0xE9)", error);
    }

    [Fact]
    public async Task AFileOverTheLimitIsRejectedNamingTheLimit()
    {
        using var cli = new CliRun();
        var path = cli.Write("huge.md", Samples.Canonical("Huge") + new string('x', 3 * 1024 * 1024));

        var (exit, _, error) = await cli.RunAsync("import", path);

        Assert.Equal(1, exit);
        Assert.Contains("2 MiB", error);
    }

    [Fact]
    public async Task AMissingPathIsRejectedAndTheOthersStillImport()
    {
        using var cli = new CliRun();
        var good = cli.Write("dns.md", Samples.Canonical("Internal DNS returned NXDOMAIN"));

        var (exit, output, error) = await cli.RunAsync("import", good, Path.Combine(cli.Folder, "nope.md"));

        Assert.Equal(1, exit);
        Assert.Contains("nope.md: rejected: no such file or folder.", error);
        Assert.Contains("1 imported, 1 rejected.", output);
    }
}
