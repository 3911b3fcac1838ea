using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading.Labels;

namespace IncidentLearn.Core.Tests.Reading;

public sealed class ActionStatusWordsTests
{
    [Theory]
    [InlineData("[x] Add TTLs to session keys", "Add TTLs to session keys", ActionStatus.Done)]
    [InlineData("[ ] Alert on eviction rate", "Alert on eviction rate", ActionStatus.Open)]
    [InlineData("DONE: rotate the signing key", "rotate the signing key", ActionStatus.Done)]
    [InlineData("TODO - load-test the cache config", "load-test the cache config", ActionStatus.Open)]
    [InlineData("Re-enable the retention job (done)", "Re-enable the retention job", ActionStatus.Done)]
    [InlineData("Split the batch queue - IN PROGRESS", "Split the batch queue - IN PROGRESS", null)]
    [InlineData("Write the runbook ✅", "Write the runbook", ActionStatus.Done)]
    [InlineData("Document the failover", "Document the failover", null)]
    public void AStatusMarkIsReadAndLeavesTheItemsWords(string item, string text, ActionStatus? status) =>
        Assert.Equal((text, status), ActionStatusWords.Split(item));

    [Theory]
    [InlineData("We're adding a second relay in Singapore", ActionStatus.InProgress)]
    [InlineData("We are rewriting the retry logic", ActionStatus.InProgress)]
    [InlineData("We've added a waitlist to sign-up", ActionStatus.Done)]
    [InlineData("Migrated the billing node to a larger host", ActionStatus.Done)]
    [InlineData("Re-enabled paging for the storage alerts", ActionStatus.Done)]
    [InlineData("Wrote a soak test for the gateway", ActionStatus.Done)]
    [InlineData("Improved alerting on disk usage", null)]
    [InlineData("Automated tests for the importer", null)]
    [InlineData("Update the runbook", null)]
    public void AnItemsOwnWordingTellsItsStageWhenItHasNoMark(string item, ActionStatus? status) =>
        Assert.Equal(status, ActionStatusWords.FromWording(item));

    [Theory]
    [InlineData("Bug 4417 **DONE**", ActionStatus.Done)]
    [InlineData("ticket 88 WIP", ActionStatus.InProgress)]
    [InlineData("Bug 4417", null)]
    [InlineData("the fix was done", null)]
    public void AStatusInCapitalsClosingACellIsRead(string cell, ActionStatus? status) =>
        Assert.Equal(status, ActionStatusWords.ClosingCapitals(cell));
}
