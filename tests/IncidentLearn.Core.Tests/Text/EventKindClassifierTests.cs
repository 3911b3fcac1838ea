using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Tests.Text;

public sealed class EventKindClassifierTests
{
    [Theory]
    [InlineData("Dead air. Waiting for the registrar to accept the transfer.", EventKind.Waiting)]
    [InlineData("Latency back to baseline; incident closed.", EventKind.Resolution)]
    [InlineData("Rolled back 2024.11.3 and restarted the consumers.", EventKind.Mitigation)]
    [InlineData("Posted an update on the status page.", EventKind.Communication)]
    [InlineData("Ana acked the page from her phone.", EventKind.Acknowledgement)]
    [InlineData("on it", EventKind.Acknowledgement)]
    [InlineData("SLO burn-rate alert pages the API on-call.", EventKind.Detection)]
    [InlineData("Declared SEV2 and agreed to fail over.", EventKind.Mitigation)]
    [InlineData("Declared SEV2.", EventKind.Decision)]
    [InlineData("Traced the 401s to the new signing key.", EventKind.Diagnosis)]
    [InlineData("Checkout returning 503s; pods crashing.", EventKind.Impact)]
    [InlineData("The gateway returned 502 for every request.", EventKind.Impact)]
    [InlineData("Errors stop", EventKind.Resolution)]
    [InlineData("Timeouts subsided after the pool resize.", EventKind.Resolution)]
    [InlineData("No more 500s from checkout.", EventKind.Resolution)]
    [InlineData("Errors spike on checkout.", EventKind.Impact)]
    public void NamesTheKindTheWordsSay(string text, EventKind expected) =>
        Assert.Equal(expected, EventKindClassifier.Classify(text));

    [Theory]
    [InlineData("Unrolled backups from cold storage.")]
    [InlineData("Lunch.")]
    [InlineData("Alerting is noisy in general.")]
    [InlineData("pgbouncer pool saturated, 500/500 in use")]
    public void WordsThatOnlyContainACueNameNoKind(string text) =>
        Assert.Null(EventKindClassifier.Classify(text));

    [Theory]
    [InlineData("Status page: we are on it.", false)]
    [InlineData("Disk alert at 92%. I acked it and went back to sleep.", true)]
    [InlineData("Priya picked up the page.", true)]
    public void AcknowledgementInsideOtherWorkNeedsPlainWords(string text, bool mentions) =>
        Assert.Equal(mentions, EventKindClassifier.MentionsAcknowledgement(text));
}
