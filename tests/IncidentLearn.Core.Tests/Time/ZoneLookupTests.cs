using IncidentLearn.Core.Time;

namespace IncidentLearn.Core.Tests.Time;

public sealed class ZoneLookupTests
{
    [Theory]
    [InlineData("UTC", 0)]
    [InlineData("GMT", 0)]
    [InlineData("Z", 0)]
    [InlineData("WET", 0)]
    [InlineData("WEST", 60)]
    [InlineData("BST", 60)]
    [InlineData("CET", 60)]
    [InlineData("CEST", 120)]
    [InlineData("EET", 120)]
    [InlineData("EEST", 180)]
    [InlineData("MSK", 180)]
    [InlineData("IST", 330)]
    [InlineData("SGT", 480)]
    [InlineData("HKT", 480)]
    [InlineData("JST", 540)]
    [InlineData("KST", 540)]
    [InlineData("AEST", 600)]
    [InlineData("AEDT", 660)]
    [InlineData("NZST", 720)]
    [InlineData("NZDT", 780)]
    [InlineData("EST", -300)]
    [InlineData("EDT", -240)]
    [InlineData("CST", -360)]
    [InlineData("CDT", -300)]
    [InlineData("MST", -420)]
    [InlineData("MDT", -360)]
    [InlineData("PST", -480)]
    [InlineData("PDT", -420)]
    [InlineData("AKST", -540)]
    [InlineData("AKDT", -480)]
    [InlineData("HST", -600)]
    [InlineData("+02:00", 120)]
    [InlineData("-0700", -420)]
    [InlineData("+05:30", 330)]
    [InlineData("UTC+2", 120)]
    [InlineData("GMT-5", -300)]
    [InlineData("UTC+5:30", 330)]
    public void EveryListedAbbreviationAndOffsetAfterAClockGivesItsFixedOffset(string zone, int offsetMinutes)
    {
        var expression = TimeExpressions.Leading($"14:05 {zone} paged")!;

        Assert.Equal($"14:05 {zone}", expression.Text);
        Assert.Equal(zone, expression.Zone!.Written);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), expression.Zone.Offset);
    }

    [Theory]
    [InlineData("PT", "America/Los_Angeles")]
    [InlineData("MT", "America/Denver")]
    [InlineData("CT", "America/Chicago")]
    [InlineData("ET", "America/New_York")]
    [InlineData("Pacific", "America/Los_Angeles")]
    [InlineData("Mountain", "America/Denver")]
    [InlineData("Central", "America/Chicago")]
    [InlineData("Eastern", "America/New_York")]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData("Asia/Kolkata", "Asia/Kolkata")]
    public void ZonesThatChangeWithTheSeasonResolveToAnIanaId(string zone, string zoneId)
    {
        var reading = TimeExpressions.Leading($"14:05 {zone}")!.Zone!;

        Assert.Equal(zoneId, reading.ZoneId);
        Assert.Null(reading.Offset);
    }

    [Theory]
    [InlineData("Europe/Atlantis")]
    [InlineData("OUT")]
    [InlineData("DEV")]
    [InlineData("CAT")]
    [InlineData("XYZ")]
    [InlineData("+15:00")]
    [InlineData("UTC+16")]
    [InlineData("+02:75")]
    [InlineData("est")]
    [InlineData("pacific")]
    public void NamesOutsideTheStrictListAreNoZone(string written) => Assert.Null(ZoneLookup.Read(written, anyCase: false));

    [Fact]
    public void ASeasonalZoneTakesTheOffsetOfTheDay()
    {
        var pacific = ZoneLookup.Read("PT")!;

        Assert.Equal(TimeSpan.FromHours(-7), pacific.OffsetAt(new DateTime(2024, 6, 2, 9, 15, 0)));
        Assert.Equal(TimeSpan.FromHours(-8), pacific.OffsetAt(new DateTime(2024, 1, 2, 9, 15, 0)));
    }
}
