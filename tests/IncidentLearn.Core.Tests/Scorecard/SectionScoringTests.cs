using IncidentLearn.Core.Incidents;
using IncidentLearn.Scorecard;

namespace IncidentLearn.Core.Tests.Scorecard;

public sealed class SectionScoringTests
{
    private const string Source = """
        # Billing export outage

        ## Root cause
        All times below are UTC.
        A cron entry started the nightly export an hour early, before the ledger closed.

        **Impact**: [12](https://example.org/note) invoices for 300 tenants showed yesterday's totals.
        """;

    private const string Expectation = """
        { "sections": [
            { "heading": "Root cause", "field": "rootCauses" },
            { "heading": "Impact", "field": "impact" } ] }
        """;

    [Fact]
    public void TheTextUnderEachHeadingInItsFieldIsRightEvenAfterANote()
    {
        var record = new IncidentRecord
        {
            SourceText = Source,
            RootCauses = ["A cron entry started the nightly export an hour early."],
            Impact = "Invoices for 300 tenants showed yesterday's totals.",
        };

        var score = ScoredReads.Score(record, Expectation);

        Assert.Equal(new FieldCounts(2, 0, 0), score.Fields["sections"]);
    }

    [Fact]
    public void TextReadIntoAnotherFieldIsFalseAndSaysWhere()
    {
        var record = new IncidentRecord
        {
            SourceText = Source,
            Summary = "A cron entry started the nightly export an hour early, before the ledger closed.",
            Impact = "Invoices for 300 tenants showed yesterday's totals.",
        };

        var score = ScoredReads.Score(record, Expectation);

        Assert.Equal(new FieldCounts(1, 1, 1), score.Fields["sections"]);
        Assert.Contains("read into summary", Assert.Single(score.Misses).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeadingMissingFromTheTextIsAMissNamingIt()
    {
        var record = new IncidentRecord { SourceText = "Nothing here but a sentence about lunch.\n" };

        var score = ScoredReads.Score(record, """{ "sections": [ { "heading": "Lessons learned", "field": "lessons" } ] }""");

        Assert.Equal(new FieldCounts(0, 0, 1), score.Fields["sections"]);
        Assert.Contains("Lessons learned", Assert.Single(score.Misses).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFieldNoSectionCanNameIsAnError() =>
        Assert.Throws<ArgumentException>(() => ScoredReads.Score(new IncidentRecord { SourceText = Source }, """{ "sections": [ { "heading": "Root cause", "field": "rootCause" } ] }"""));
}
