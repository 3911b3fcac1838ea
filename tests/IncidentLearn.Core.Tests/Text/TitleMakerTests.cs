using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Tests.Text;

public sealed class TitleMakerTests
{
    [Theory]
    [InlineData("During a peak-traffic period, our user-profile service crashed, causing an SLA breach and impacting 9,000 users.", "User-profile service crashed")]
    [InlineData("When I was on call at Brindle, our payment gateway went down for every customer. I rolled it back.", "Payment gateway went down for every customer")]
    [InlineData("In an incident, I focus on clarity and calm. In one case, we saw a spike in checkout errors that blocked orders.", "We saw a spike in checkout errors that blocked orders")]
    [InlineData("\"The nightly export failed for three days before anyone noticed.\"", "The nightly export failed for three days before anyone noticed")]
    [InlineData("I recall a time when the billing migration corrupted invoices.", "The billing migration corrupted invoices")]
    [InlineData("Last spring I shipped a change that crashed the invoice workers.", "I shipped a change that crashed the invoice workers")]
    public void AStorysTitleIsTheEventItTellsWithoutSceneSettingOrConsequences(string story, string title) =>
        Assert.Equal(title, TitleMaker.FromStory(story));

    [Fact]
    public void SceneSettingThatNamesTheIncidentStaysWhenTheRestDoesNot() =>
        Assert.Equal("During the outage, I called the vendor", TitleMaker.FromStory("During the outage, I called the vendor."));
}
