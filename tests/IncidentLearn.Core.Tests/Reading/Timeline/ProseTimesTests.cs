using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Reading.Timeline;

namespace IncidentLearn.Core.Tests.Reading.Timeline;

public sealed class ProseTimesTests
{
    private static List<(string Start, string Text)> Read(string text)
    {
        var lines = SourceDocument.Parse(text).Lines;
        return ProseTimes.Read(lines).Select(e => (e.Event.Start, e.Event.Text)).ToList();
    }

    [Fact]
    public void SentencesThatSayWhenSomethingHappenedAreEventsEvenWhenHardWrapped()
    {
        var events = Read("I was paged at 3:40 PM on a Thursday, which is\nunusual for us. We throttled the account at 4:20 PM.\n\nBy 5:10 PM the queue was empty.\n");

        Assert.Equal(["3:40 PM", "4:20 PM", "5:10 PM"], events.Select(e => e.Start));
        Assert.Equal("I was paged at 3:40 PM on a Thursday, which is unusual for us.", events[0].Text);
    }

    [Fact]
    public void AStepFromTheEventBeforeIsTimedFromIt()
    {
        var events = Read("I was paged at 3:40 PM. About 25 minutes later, a customer manager called me.\n");

        Assert.Equal(["3:40 PM", "4:05 PM"], events.Select(e => e.Start));
    }

    [Theory]
    [InlineData("I had to restore porting before the regulator's daily cut-off at 18:00.")]
    [InlineData("The next update will be posted at 10:00 UTC.")]
    [InlineData("We usually deploy at 9 AM on Tuesdays.")]
    [InlineData("Bookings failed from 8:15 until 11:02 AM, when I restarted MySQL.")]
    [InlineData("We will keep the site read-only until 10:00 UTC.")]
    [InlineData("Around 340 pipelines failed between 09:40 and 15:05.")]
    [InlineData("Beginning of the meeting: 17:00 CET.")]
    [InlineData("- Alert when the nightly export has not started at 02:00")]
    [InlineData("Posted Feb 02, 2021 - 09:00 PST")]
    public void DeadlinesPromisesHabitsWindowsFieldsListsAndPostingStampsAreNotEvents(string sentence) =>
        Assert.Empty(Read(sentence + "\n"));

    [Fact]
    public void AStarLabelIsNotPartOfTheEvent()
    {
        var events = Read("R - Result: Bookings recovered fully by 08:20.\n");

        Assert.Equal([("08:20", "Bookings recovered fully by 08:20.")], events);
    }

    [Fact]
    public void AStoryWithoutATimelineGetsItsToldTimesAsOne()
    {
        var (record, _) = WriteupReader.Read("Situation: At 07:40 our DNS provider began failing half our lookups.\nTask: Keep riders booking.\nAction: I switched to the secondary provider.\nResult: Bookings recovered by 08:20.\n");

        Assert.Equal(["07:40", "08:20"], record.Timeline.Select(e => e.Start));
    }

    [Fact]
    public void AnEndToldInThePastIsAnEvent()
    {
        var events = Read("Orders failed for everyone until 22:58, when we restarted the order service pods.\n");

        Assert.Equal(["22:58"], events.Select(e => e.Start));
    }
}
