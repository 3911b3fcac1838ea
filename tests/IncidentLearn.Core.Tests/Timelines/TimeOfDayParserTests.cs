using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Tests.Timelines;

public sealed class TimeOfDayParserTests
{
    [Theory]
    [InlineData("23:52", 23, 52, 0)]
    [InlineData("9:05", 9, 5, 0)]
    [InlineData("2:30 pm", 14, 30, 0)]
    [InlineData("12 am", 0, 0, 0)]
    [InlineData("15:??", 15, 0, 60)]
    [InlineData("14:3?", 14, 30, 10)]
    [InlineData("around 14:30", 14, 25, 10)]
    [InlineData("~14:30", 14, 25, 10)]
    [InlineData("14:30ish", 14, 25, 10)]
    [InlineData("between 14:00 and 14:20", 14, 0, 20)]
    [InlineData("between 23:50 and 00:10", 23, 50, 20)]
    public void TimesOfDayAreReadAsAWindowWithoutADate(string text, int hour, int minute, int windowMinutes)
    {
        var time = TimeOfDayParser.Parse(text).Value!;

        Assert.Null(time.Date);
        Assert.Equal(new TimeSpan(hour, minute, 0), time.TimeOfDay);
        Assert.Equal(TimeSpan.FromMinutes(windowMinutes), time.Window);
        Assert.Null(time.Offset);
    }

    [Theory]
    [InlineData("14:05 UTC", 0)]
    [InlineData("14:05Z", 0)]
    [InlineData("14:05 JST", 540)]
    [InlineData("14:05 +02:00", 120)]
    [InlineData("14:05 UTC-5", -300)]
    [InlineData("14:05 (CEST)", 120)]
    public void AZoneWrittenAfterTheTimeGivesItsOffset(string text, int offsetMinutes)
    {
        var time = TimeOfDayParser.Parse(text).Value!;

        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), time.Offset);
        Assert.Equal(new TimeSpan(14, 5, 0), time.TimeOfDay);
    }

    [Theory]
    [InlineData("2025-01-21 09:00", 2025, 1, 21, true)]
    [InlineData("2025-10-26T02:00+01:00", 2025, 10, 26, true)]
    [InlineData("10 July at 12:00 JST", 2000, 7, 10, false)]
    [InlineData("July 10, 2024 12:00", 2024, 7, 10, true)]
    [InlineData("Tue 4 June 2024 23:05", 2024, 6, 4, true)]
    public void DatesBeforeTheTimeAreKept(string text, int year, int month, int day, bool yearStated)
    {
        var time = TimeOfDayParser.Parse(text).Value!;

        Assert.Equal(new DateOnly(year, month, day), time.Date);
        Assert.Equal(yearStated, time.YearStated);
    }

    [Fact]
    public void SecondsAreKept() => Assert.Equal(new TimeSpan(14, 5, 30), TimeOfDayParser.Parse("14:05:30").Value!.TimeOfDay);

    [Fact]
    public void ABareDateIsAWholeDayWindow()
    {
        var time = TimeOfDayParser.Parse("Monday 10 February").Value!;

        Assert.Equal(new DateOnly(2000, 2, 10), time.Date);
        Assert.Equal(TimeSpan.FromDays(1), time.Window);
    }

    [Theory]
    [InlineData("Thursday morning")]
    [InlineData("that evening")]
    [InlineData("25:00")]
    [InlineData("14:61")]
    [InlineData("13 pm")]
    [InlineData("14:05 XYZ")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("between lunch and dinner")]
    public void UnreadableTimesComeBackAsProblemsNotExceptions(string text)
    {
        var result = TimeOfDayParser.Parse(text);

        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem));
    }
}
