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

    [Theory]
    [InlineData("3 February 2023, 07:20 (UTC)", "2023-02-03", 7, 20, 0)]
    [InlineData("Aug 9 2021, 4:05 PM", "2021-08-09", 16, 5, null)]
    [InlineData("2019 March 3 04:10 UTC", "2019-03-03", 4, 10, 0)]
    [InlineData("Jun 2, 09:15 EDT", "2000-06-02", 9, 15, -240)]
    [InlineData("13h05", null, 13, 5, null)]
    [InlineData("Fri, 03 Feb 2023 07:20:00 +0000", "2023-02-03", 7, 20, 0)]
    [InlineData("June 2nd, 2024 at 9:15am PT", "2024-06-02", 9, 15, -420)]
    [InlineData("2019/06/11 22:41", "2019-06-11", 22, 41, null)]
    [InlineData("Feb  3 07:20:01", "2000-02-03", 7, 20, null)]
    [InlineData("2023-02-03T07:20:00Z", "2023-02-03", 7, 20, 0)]
    [InlineData("14.05", null, 14, 5, null)]
    [InlineData("2:40 a.m.", null, 2, 40, null)]
    [InlineData("03/02/2023 10:00", "2023-02-03", 10, 0, null)]
    [InlineData("14:05 Europe/Berlin", null, 14, 5, null)]
    public void EveryWholeExpressionTheRecogniserKnowsParsesHereToo(string text, string? date, int hour, int minute, int? offsetMinutes)
    {
        var time = TimeOfDayParser.Parse(text).Value!;

        Assert.Equal(date, time.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new TimeSpan(hour, minute, 0), new TimeSpan(time.TimeOfDay.Hours, time.TimeOfDay.Minutes, 0));
        Assert.Equal(offsetMinutes is { } m ? TimeSpan.FromMinutes(m) : null, time.Offset);
    }

    [Theory]
    [InlineData("09:12 to 10:03 UTC", 9, 12, 51)]
    [InlineData("11:50 PM – 12:20 AM", 23, 50, 30)]
    [InlineData("01:10 - 01:16 AM", 1, 10, 6)]
    [InlineData("from 14:00 until 14:20", 14, 0, 20)]
    public void ARangeTheRecogniserReadsBecomesAWindow(string text, int hour, int minute, int windowMinutes)
    {
        var time = TimeOfDayParser.Parse(text).Value!;

        Assert.Equal(new TimeSpan(hour, minute, 0), time.TimeOfDay);
        Assert.Equal(TimeSpan.FromMinutes(windowMinutes), time.Window);
    }

    [Theory]
    [InlineData("25 minutes later")]
    [InlineData("T+5m")]
    [InlineData("14:05 jsmith")]
    public void ARelativeStepOrTrailingWordsAreNoTimeOfDay(string text) => Assert.False(TimeOfDayParser.Parse(text).Succeeded);
}
