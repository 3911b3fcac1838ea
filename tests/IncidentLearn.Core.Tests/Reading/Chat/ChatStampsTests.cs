using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Reading.Chat;

namespace IncidentLearn.Core.Tests.Reading.Chat;

/// <summary>The stamp lines chat clients print, one line at a time.</summary>
public sealed class ChatStampsTests
{
    private static ChatStamp? Parse(string text) => ChatStamps.Parse(new SourceLine(1, text));

    [Theory]
    [InlineData("Priya Raman  11:52 PM", "Priya Raman", "11:52 PM")]
    [InlineData("Priya Raman [11:52 PM]", "Priya Raman", "11:52 PM")]
    [InlineData("Priya Raman 11:52 PM", "Priya Raman", "11:52 PM")]
    [InlineData("Priya Raman, 11:52 PM", "Priya Raman", "11:52 PM")]
    [InlineData("Priya Raman \u2014 Today at 11:52 PM", "Priya Raman", "11:52 PM")]
    [InlineData("vexa_ops \u2014 Yesterday at 9:05 AM", "vexa_ops", "9:05 AM")]
    [InlineData("PagerDuty  APP  12:06 AM", "PagerDuty", "12:06 AM")]
    [InlineData("Ana de Souza  11:52 pm", "Ana de Souza", "11:52 pm")]
    public void NameFirstHeadersGiveTheNameAndTheTimeAsWritten(string line, string name, string time)
    {
        var stamp = Parse(line);
        Assert.NotNull(stamp);
        Assert.Equal(ChatStampForm.NameFirst, stamp.Form);
        Assert.Equal(name, stamp.Name);
        Assert.Equal(time, stamp.Time);
        Assert.True(stamp.TwelveHour);
        Assert.True(stamp.Strong);
    }

    [Fact]
    public void ADiscordDateIsKeptWithItsOrderStillOpen()
    {
        var stamp = Parse("Rook \u2014 14/03/2026 22:47");
        Assert.Equal(new ChatDate(14, 3, 2026), stamp?.Date);
        Assert.Equal("22:47", stamp?.Time);
        Assert.False(stamp?.TwelveHour);
    }

    [Fact]
    public void AOneSpaceTwentyFourHourHeaderIsWeak()
    {
        var stamp = Parse("Priya 23:52");
        Assert.Equal("Priya", stamp?.Name);
        Assert.False(stamp?.Strong);
        Assert.True(Parse("Priya  23:52")?.Strong);
    }

    [Theory]
    [InlineData("11:55", "11:55", false)]
    [InlineData("[11:55 PM]", "11:55 PM", true)]
    [InlineData("[11:55]", "11:55", false)]
    [InlineData("11:55 PM", "11:55 PM", true)]
    public void ABareTimeIsAFollowUpStamp(string line, string time, bool twelveHour)
    {
        var stamp = Parse(line);
        Assert.Equal(ChatStampForm.TimeOnly, stamp?.Form);
        Assert.Equal(time, stamp?.Time);
        Assert.Equal(twelveHour, stamp?.TwelveHour);
    }

    [Theory]
    [InlineData("[11:55 PM] connection pool is saturated", "connection pool is saturated")]
    [InlineData("[11:52 PM] Priya Raman", "Priya Raman")]
    [InlineData("[Yesterday 11:52 PM] Oliver Grant (Guest)", "Oliver Grant (Guest)")]
    public void ATimeFirstLineKeepsWhatFollowsForTheChatToJudge(string line, string rest)
    {
        var stamp = Parse(line);
        Assert.Equal(ChatStampForm.TimeFirst, stamp?.Form);
        Assert.Equal(rest, stamp?.Rest);
    }

    [Theory]
    [InlineData("We rolled back at 23:30")]
    [InlineData("rollback finished 23:30")]
    [InlineData("ETA 11:45 PM")]
    [InlineData("Resolved 11:40 PM")]
    [InlineData("- 14:05 UTC: alert fired")]
    [InlineData("22:00\u201322:15 (15 minutes): copied the data")]
    [InlineData("| 14:05 | Alert fired |")]
    [InlineData("14:05 Alert fired")]
    [InlineData("Rolling back now 23:30")]
    public void ProseBulletsRangesAndTablesAreNoStamps(string line) => Assert.Null(Parse(line));
}
