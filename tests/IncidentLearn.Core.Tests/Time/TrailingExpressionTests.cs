using IncidentLearn.Core.Time;

namespace IncidentLearn.Core.Tests.Time;

public sealed class TrailingExpressionTests
{
    [Theory]
    [InlineData("Jun 2, 09:15 EDT", "DateTime", "Jun 2, 09:15 EDT", "09:15", "2000-06-02", "EDT")]
    [InlineData("Posted Mar 03, 2024 - 14:05 UTC", "DateTime", "Mar 03, 2024 - 14:05 UTC", "14:05", "2024-03-03", "UTC")]
    [InlineData("Jun 2, 2024 - 09:15 EDT", "DateTime", "Jun 2, 2024 - 09:15 EDT", "09:15", "2024-06-02", "EDT")]
    [InlineData("We are monitoring the fix.\nPosted Jun 2, 2024 - 09:15 EDT", "DateTime", "Jun 2, 2024 - 09:15 EDT", "09:15", "2024-06-02", "EDT")]
    [InlineData("Resolved - This incident has been resolved. - Jun 2, 2024 - 09:15 EDT", "DateTime", "Jun 2, 2024 - 09:15 EDT", "09:15", "2024-06-02", "EDT")]
    [InlineData("The fix is out — Jun 2, 09:15 EDT", "DateTime", "Jun 2, 09:15 EDT", "09:15", "2000-06-02", "EDT")]
    [InlineData("The fix is out – 14:05 UTC", "Time", "14:05 UTC", "14:05", null, "UTC")]
    [InlineData("Updated on Mar 03, 2024 - 14:05 UTC\n\n", "DateTime", "Mar 03, 2024 - 14:05 UTC", "14:05", "2024-03-03", "UTC")]
    [InlineData("*Posted Mar 03, 2024 - 14:05 UTC*", "DateTime", "Mar 03, 2024 - 14:05 UTC", "14:05", "2024-03-03", "UTC")]
    [InlineData("Identified: Mar 3, 2024 14:05 PST", "DateTime", "Mar 3, 2024 14:05 PST", "14:05", "2024-03-03", "PST")]
    [InlineData("2023-02-03T07:20:00Z", "DateTime", "2023-02-03T07:20:00Z", "07:20", "2023-02-03", "Z")]
    [InlineData("Monitoring - A fix has been deployed - 14:05 - 14:20 UTC", "Range", "14:05 - 14:20 UTC", "14:05", null, "UTC", "14:20")]
    public void TheStampClosingABlockIsRead(string input, string kind, string text, string? time, string? date, string? zone, string? end = null) =>
        ExpectedExpression.Check(TimeExpressions.Trailing(input), input, kind, text, time, date, zone, end);

    [Theory]
    [InlineData("We rolled back at 14:05 and watched")]
    [InlineData("Jun 2, 09:15 EDT the deploy began")]
    [InlineData("The cache - a hot spot")]
    [InlineData("Posted by jsmith")]
    [InlineData("version - v1.14.05")]
    [InlineData("")]
    public void ABlockThatDoesNotEndInAStampHasNoTrailingExpression(string input) => Assert.Null(TimeExpressions.Trailing(input));
}
