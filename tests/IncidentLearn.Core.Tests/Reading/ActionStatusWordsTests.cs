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
}
