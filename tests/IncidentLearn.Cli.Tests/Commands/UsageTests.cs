namespace IncidentLearn.Cli.Tests.Commands;

public sealed class UsageTests
{
    [Theory]
    [InlineData("frobnicate")]
    [InlineData("export", "all")]
    [InlineData("export", "all", "--out", "x", "--format", "docx")]
    [InlineData("import")]
    public async Task UsageErrorsExitTwoWithAMessage(params string[] args)
    {
        using var cli = new CliRun();

        var (exit, _, error) = await cli.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("incidentlearn:", error);
    }
}
