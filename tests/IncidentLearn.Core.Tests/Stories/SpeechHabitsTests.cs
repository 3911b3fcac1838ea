using IncidentLearn.Core.Stories;

namespace IncidentLearn.Core.Tests.Stories;

public sealed class SpeechHabitsTests
{
    [Fact]
    public void RegionNamesLikeUsEastAreNotHeardAsWe()
    {
        const string action = "Because us-east and us-west were healthy, I moved the traffic there and we watched the error rate.";

        Assert.Equal(1, SpeechHabits.WeCount(action));
        Assert.Equal(1, SpeechHabits.FirstPersonCount(action));
    }
}
