using IncidentLearn.Core.Reading.Chat;

namespace IncidentLearn.Core.Tests.Reading.Chat;

public sealed class ChannelTitleTests
{
    [Theory]
    [InlineData("inc-2291-payments-latency", "Payments latency (inc-2291)")]
    [InlineData("incident_2026_11_21_search", "Search (incident-2026-11-21)")]
    [InlineData("sev2-notifications-backlog", "Notifications backlog (sev2)")]
    [InlineData("checkout-incident", "Checkout")]
    public void AnIncidentChannelNamesTheIncident(string channel, string title) => Assert.Equal(title, ChannelTitle.From(channel));

    [Theory]
    [InlineData("ops-payments")]
    [InlineData("inc-2291")]
    [InlineData("general")]
    public void AChannelThatNamesNoIncidentGivesNoTitle(string channel) => Assert.Null(ChannelTitle.From(channel));
}
