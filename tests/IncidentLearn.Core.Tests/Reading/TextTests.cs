using IncidentLearn.Core.Text;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Tests.Reading;

public sealed class TextTests
{
    [Theory]
    [InlineData("10\u202F000 requests", 10000, "requests")]
    [InlineData("10\u2009000 keys", 10000, "keys")]
    [InlineData("1.2 million line items", 1200000, "line items")]
    [InlineData("ten servers", 10, "servers")]
    [InlineData("within two hours", 2, "hours")]
    [InlineData("CPU at 40%", 40, "%")]
    [InlineData("14 GB of heap", 14, "GB")]
    [InlineData("2 million page views an hour", 2000000, "page views")]
    [InlineData("twenty-five nodes", 25, "nodes")]
    [InlineData("p99 at 300ms", 300, "ms")]
    public void NumbersAreReadWithTheirUnits(string text, double value, string unit)
    {
        var mention = Assert.Single(NumberExtractor.Extract(text));
        Assert.Equal(value, mention.Value);
        Assert.Equal(unit, mention.Unit);
    }

    [Theory]
    [InlineData("at 02:10 every night")]
    [InlineData("rolled back to v88")]
    [InlineData("on 2025-03-04")]
    [InlineData("in 2021 we moved")]
    [InlineData("HTTP 500s everywhere")]
    [InlineData("one of us")]
    public void TimesVersionsDatesAndYearsAreNotFigures(string text) => Assert.Empty(NumberExtractor.Extract(text));

    [Theory]
    [InlineData("1 hour and 15 minutes", 75)]
    [InlineData("90 mins", 90)]
    [InlineData("1h30", 90)]
    [InlineData("an hour and a half", 90)]
    [InlineData("half an hour", 30)]
    [InlineData("1.5 hours", 90)]
    [InlineData("15 minutes", 15)]
    public void DurationsAreReadAsPeopleWriteThem(string text, double minutes) => Assert.Equal(minutes, StatedDurationParser.Parse(text).Value?.TotalMinutes);

    [Theory]
    [InlineData("soon")]
    [InlineData("15 bananas")]
    [InlineData("")]
    public void DurationsThatAreNotUnderstoodGiveNothing(string text) => Assert.Null(StatedDurationParser.Parse(text).Value);

    [Fact]
    public void TypographyIsTidiedWithoutChangingMeaning()
    {
        var clean = TextNormalizer.Clean("\u201CRe\u2011try\u201D \u2013 it\u2019s\u00A0done\u200B\t");
        Assert.Equal("\"Re-try\" \u2013 it's done", clean);
        Assert.Equal("\"Re-try\" - it's done", TextNormalizer.Fold(clean));
    }

    [Fact]
    public void LoneSurrogatesAndControlCharactersAreRemovedOrReplaced()
    {
        Assert.Equal("a\uFFFDb", TextNormalizer.Clean("a\uD800b\u0007"));
        Assert.Equal("a\uFFFDb\uFFFD", TextNormalizer.Clean("a\uFFFEb\uFFFF"));
    }

    [Fact]
    public void QuestionsPrintedTwiceAreKeptOnce()
    {
        var distinct = QuestionText.Distinct(["Why did it fail?", "why did  it fail?", "Who noticed?"]);
        Assert.Equal(["Why did it fail?", "Who noticed?"], distinct);
    }
}
