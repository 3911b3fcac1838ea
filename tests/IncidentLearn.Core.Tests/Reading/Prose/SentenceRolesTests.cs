using IncidentLearn.Core.Reading.Prose;

namespace IncidentLearn.Core.Tests.Reading.Prose;

public sealed class SentenceRolesTests
{
    [Theory]
    [InlineData("The outage was caused by an expired certificate on the gateway.", SentenceRole.RootCause)]
    [InlineData("We traced it to a connection leak in the new pool code.", SentenceRole.RootCause)]
    [InlineData("The root cause was a cron entry that ran an hour early.", SentenceRole.RootCause)]
    [InlineData("Imports stopped because the disk on the worker filled up.", SentenceRole.RootCause)]
    [InlineData("Ravi rolled back the release and the queue drained.", SentenceRole.Resolution)]
    [InlineData("To fix it, we had to restart every node in the ring.", SentenceRole.Resolution)]
    [InlineData("Traffic was rerouted to the second region.", SentenceRole.Resolution)]
    [InlineData("We were paged by the latency alert at 02:10.", SentenceRole.Detection)]
    [InlineData("A customer in Oslo reports that invoices are blank.", SentenceRole.Detection)]
    [InlineData("The lesson we took away is to stage config changes.", SentenceRole.Lesson)]
    [InlineData("Roughly 20% of customers could not check out.", SentenceRole.Impact)]
    [InlineData("The billing site was down for most of the morning.", SentenceRole.Impact)]
    [InlineData("It started after a routine config change to the proxy pool.", SentenceRole.Trigger)]
    [InlineData("On Friday I pushed a schema change without a feature flag.", SentenceRole.Trigger)]
    [InlineData("Invoices went out twice after we shortened the retry delay.", SentenceRole.Trigger)]
    public void TheWordingSaysWhatASentenceIsAbout(string sentence, SentenceRole role) =>
        Assert.Contains(role, SentenceRoles.Of(sentence));

    [Theory]
    [InlineData("I needed to find the root cause and restore service quickly.")]
    [InlineData("I was responsible for identifying the root cause.")]
    [InlineData("We are continuing to restore the remaining shards.")]
    [InlineData("The investigation continues and the root cause was not identified yet.")]
    [InlineData("Of course an outage is never caused by one mistake.")]
    [InlineData("The incident was resolved by 21:04 UTC.")]
    [InlineData("After service was restored, we wrote the review.")]
    [InlineData("Nobody had tested a rollback of that migration.")]
    [InlineData("Recently you may have noticed slow pages.")]
    [InlineData("I rolled out of bed and opened the laptop.")]
    [InlineData("Rolling back the half-applied schema would incur hours of downtime.")]
    [InlineData("It happened late on Friday, putting pressure on the team to resolve it quickly.")]
    [InlineData("The failure blocked the whole release train for an afternoon.")]
    [InlineData("Errors stopped at 10:03 after we resized the pool.")]
    public void WordsThatOnlyLookLikeAFactAreNotOne(string sentence) =>
        Assert.DoesNotContain(SentenceRoles.Of(sentence), role => role is not SentenceRole.Impact and not SentenceRole.Lesson);

    [Fact]
    public void WhatWasDoneAfterwardsIsAtMostALesson()
    {
        Assert.Empty(SentenceRoles.Of("To prevent this in future we added an alert on the pool."));
        Assert.Equal([SentenceRole.Lesson], SentenceRoles.Of("Going forward, the lesson is to test restores monthly."));
    }

    [Theory]
    [InlineData("Customers could not pay for 40 minutes.", 2)]
    [InlineData("This affected 12% of checkout requests.", 2)]
    [InlineData("We had a long outage on Tuesday.", 1)]
    [InlineData("About 12% of requests failed for an hour.", 2)]
    [InlineData("No invoices were sent that night.", 2)]
    [InlineData("The table stayed locked for 3 hours.", 2)]
    [InlineData("I tested with 2% of production traffic and it worked fine.", 0)]
    [InlineData("Support e-mails the 37 affected tenants.", 0)]
    [InlineData("We found 48 213 affected entries and fixed them.", 0)]
    public void ImpactStatedPlainlyOutranksAnOutageNamed(string sentence, int strength) =>
        Assert.Equal(strength, SentenceRoles.ImpactStrength(sentence));
}
