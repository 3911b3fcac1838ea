using IncidentLearn.Core.Reading;

namespace IncidentLearn.Core.Tests.Reading.Prose;

public sealed class ProseFactsTests
{
    private const string Essay = """
        Last winter our ticket scanner stopped talking to the gate service during a sold-out concert.

        We were paged by the gate error alert ten minutes before doors opened. About 3 000 fans could not get in
        through the east entrance. The outage was caused by a certificate that had expired on the gate service.
        Ines renewed the certificate and restarted the gate pods, and the queue cleared in fifteen minutes.

        The lesson we took away is to alert on certificate expiry a month ahead.
        """;

    [Fact]
    public void AnEssayWithoutSectionsStillGivesItsCauseFixDetectionAndImpact()
    {
        var (record, report) = WriteupReader.Read(Essay);

        Assert.Contains("certificate that had expired", Assert.Single(record.RootCauses));
        Assert.Contains("renewed the certificate", record.Resolution);
        Assert.Contains("paged by the gate error alert", record.Detection);
        Assert.Contains("could not get in", record.Impact);
        Assert.Contains(record.Lessons.Other, l => l.Contains("alert on certificate expiry"));
        Assert.Contains("impact", report.Inferred);
        Assert.Contains(report.Warnings, w => w.Contains("no section for") && w.Contains("the root cause"));
    }

    [Fact]
    public void EachInferredFactPointsAtTheLineItCameFrom()
    {
        var (_, report) = WriteupReader.Read(Essay);

        Assert.Equal(4, report.Sources["rootCauses[0]"].Line);
        Assert.Equal(5, report.Sources["resolution"].Line);
    }

    [Fact]
    public void ASectionTheAuthorWroteIsNeverReplaced()
    {
        var (record, report) = WriteupReader.Read("## Summary\n\n" + Essay + "\n\n## Root cause\n\nA renewal job that had been failing silently since March.\n");

        Assert.Contains("renewal job", Assert.Single(record.RootCauses));
        Assert.DoesNotContain("rootCauses[0]", report.Inferred);
        Assert.Contains("renewed the certificate", record.Resolution);
    }

    [Fact]
    public void ATextThatStatesNoFactsInfersNone()
    {
        var (record, report) = WriteupReader.Read("Weekly notes\n\nThe team met on Tuesday and planned the quarter. Snacks were good.\n");

        Assert.Empty(record.RootCauses);
        Assert.Null(record.Resolution);
        Assert.Empty(report.Inferred);
    }

    [Fact]
    public void ALogsFirstEntryThatMakesAChangeIsTheTrigger()
    {
        var (record, report) = WriteupReader.Read("Shift log\n09:00 Config 12 rolled out to the edge proxies\n09:04 Checkout errors climb to 30%\n09:15 Config 12 reverted\n");

        Assert.Equal("Config 12 rolled out to the edge proxies", record.Trigger);
        Assert.Contains("trigger", report.Inferred);
    }

    [Fact]
    public void ALogThatOpensWithTroubleHasNoTriggerFromIt()
    {
        var (record, _) = WriteupReader.Read("Shift log\n09:04 Checkout errors climb to 30%\n09:15 Config 12 reverted\n");

        Assert.Null(record.Trigger);
    }
}
