using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Tests.Timelines;

public sealed class StatedDurationParserTests
{
    [Theory]
    [InlineData("10 minutes", 10)]
    [InlineData("1 hour and 15 minutes", 75)]
    [InlineData("2 hours and 55 minutes", 175)]
    [InlineData("1 hour", 60)]
    [InlineData("90 mins", 90)]
    [InlineData("1h30", 90)]
    [InlineData("1h 30m", 90)]
    [InlineData("1h30min", 90)]
    [InlineData("an hour and a half", 90)]
    [InlineData("45 min", 45)]
    [InlineData("1.5 hours", 90)]
    [InlineData("2h", 120)]
    [InlineData("30m", 30)]
    [InlineData("half an hour", 30)]
    [InlineData("a quarter of an hour", 15)]
    [InlineData("twenty minutes", 20)]
    [InlineData("Twenty-five minutes", 25)]
    [InlineData("2 days", 2880)]
    [InlineData("7 min", 7)]
    public void StatedDurationsInWordsAndShortFormsAreRead(string text, double minutes)
    {
        var result = StatedDurationParser.Parse(text);

        Assert.Null(result.Problem);
        Assert.Equal(minutes, result.Value!.Value.TotalMinutes);
    }

    [Fact]
    public void HedgedDurationsAreReadAndMarkedApproximate()
    {
        var result = StatedDurationParser.Parse("about 20 minutes");

        Assert.True(result.Approximate);
        Assert.Equal(TimeSpan.FromMinutes(20), result.Value);
    }

    [Theory]
    [InlineData("a while")]
    [InlineData("minutes")]
    [InlineData("15")]
    [InlineData("")]
    [InlineData("1 hour 15")]
    public void TextThatIsNotADurationGivesAProblemInsteadOfAValue(string text)
    {
        var result = StatedDurationParser.Parse(text);

        Assert.Null(result.Value);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem));
    }
}
