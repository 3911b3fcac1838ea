using IncidentLearn.Core.Reading.Chat;

namespace IncidentLearn.Core.Tests.Reading.Chat;

public sealed class ChatTextTests
{
    [Theory]
    [InlineData(":rotating_light: p99 jumped to 4.2s", "p99 jumped to 4.2s")]
    [InlineData("rolling back :rewind: now", "rolling back now")]
    [InlineData("nice :+1::skin-tone-2:", "nice")]
    [InlineData("last deploy was at 23:20 (edited)", "last deploy was at 23:20")]
    [InlineData("lag 12:30:45 on db:primary:5432", "lag 12:30:45 on db:primary:5432")]
    [InlineData("see https://grafana:3000/d/x", "see https://grafana:3000/d/x")]
    public void EmojiCodesAndTheEditedMarkerGoTimesAndAddressesStay(string line, string expected) => Assert.Equal(expected, ChatText.Clean(line));

    [Fact]
    public void LinesOfOneMessageAreJoinedWithSpaces() =>
        Assert.Equal("could it be the cache? it shipped in the same train", ChatText.Join(["could it be the cache?", "  it shipped in the same train ", ":eyes:"]));
}
