using IncidentLearn.Core.Time;

namespace IncidentLearn.Core.Tests.Time;

public sealed class ZoneDeclarationTests
{
    [Theory]
    [InlineData("Timeline (all times UTC)", "(all times UTC)", "UTC", 0)]
    [InlineData("(all times UTC)", "(all times UTC)", "UTC", 0)]
    [InlineData("All times are in PDT.", "All times are in PDT", "PDT", -420)]
    [InlineData("all times in UTC+2", "all times in UTC+2", "UTC+2", 120)]
    [InlineData("Times below are in CEST", "Times below are in CEST", "CEST", 120)]
    [InlineData("Timeline (UTC)", "Timeline (UTC)", "UTC", 0)]
    [InlineData("## Timeline (JST)", "Timeline (JST)", "JST", 540)]
    [InlineData("All times GMT", "All times GMT", "GMT", 0)]
    [InlineData("(times in IST)", "(times in IST)", "IST", 330)]
    [InlineData("Note: all times are UTC", "all times are UTC", "UTC", 0)]
    [InlineData("All times shown in +05:30", "All times shown in +05:30", "+05:30", 330)]
    [InlineData("All times are in UTC-7", "All times are in UTC-7", "UTC-7", -420)]
    [InlineData("(all times utc)", "(all times utc)", "utc", 0)]
    [InlineData("Times given in BST.", "Times given in BST", "BST", 60)]
    [InlineData("Unless otherwise noted, all events are in UTC.", "all events are in UTC", "UTC", 0)]
    [InlineData("Timestamps are in CET", "Timestamps are in CET", "CET", 60)]
    public void ADeclarationWithAFixedZoneGivesItsOffset(string input, string text, string zone, int offsetMinutes)
    {
        var declaration = TimeExpressions.ZoneDeclaration(input)!;

        Assert.Equal(text, declaration.Text);
        Assert.Equal(text, input.Substring(declaration.Start, declaration.Length));
        Assert.Equal(zone, declaration.Zone.Written);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), declaration.Zone.Offset);
    }

    [Theory]
    [InlineData("Times are Pacific", "Pacific", "America/Los_Angeles")]
    [InlineData("All times Pacific", "Pacific", "America/Los_Angeles")]
    [InlineData("(times in Eastern)", "Eastern", "America/New_York")]
    [InlineData("All times are Central time", "Central", "America/Chicago")]
    [InlineData("All times in Mountain", "Mountain", "America/Denver")]
    [InlineData("All times are in PT", "PT", "America/Los_Angeles")]
    [InlineData("(all times ET)", "ET", "America/New_York")]
    [InlineData("All times Europe/Berlin", "Europe/Berlin", "Europe/Berlin")]
    public void ADeclarationWithASeasonalZoneGivesItsIanaId(string input, string zone, string zoneId)
    {
        var declaration = TimeExpressions.ZoneDeclaration(input)!;

        Assert.Equal(zone, declaration.Zone.Written);
        Assert.Equal(zoneId, declaration.Zone.ZoneId);
    }

    [Theory]
    [InlineData("The request times out after 30 seconds")]
    [InlineData("Response times in ms went up")]
    [InlineData("Timeline")]
    [InlineData("All times are approximate")]
    [InlineData("Three times in a row the deploy failed")]
    [InlineData("Timeline (draft)")]
    [InlineData("Sequence of events in Paris and Berlin")]
    [InlineData("Several events in one week")]
    [InlineData("")]
    public void TextThatDeclaresNoZoneGivesNone(string input) => Assert.Null(TimeExpressions.ZoneDeclaration(input));
}
