using FsCheck;
using FsCheck.Fluent;
using IncidentLearn.Core.Time;

namespace IncidentLearn.Core.Tests.Time;

public sealed class ProseExpressionTests
{
    [Theory]
    [InlineData("I was paged at 3:40 PM and joined the bridge.", "Time", "3:40 PM", "15:40", null, null)]
    [InlineData("Errors rose between 09:12 and 10:03 UTC.", "Range", "between 09:12 and 10:03 UTC", "09:12", null, "UTC", "10:03")]
    [InlineData("It started on March 3rd at 14:05 and lasted.", "DateTime", "March 3rd at 14:05", "14:05", "2000-03-03", null)]
    [InlineData("The job ran from 14:00 until 14:20 without logs.", "Range", "from 14:00 until 14:20", "14:00", null, null, "14:20")]
    [InlineData("Deploy finished (2023-02-03T07:20:00Z) cleanly", "DateTime", "2023-02-03T07:20:00Z", "07:20", "2023-02-03", "Z")]
    [InlineData("The mail header said Fri, 03 Feb 2023 07:20:00 +0000 exactly", "DateTime", "Fri, 03 Feb 2023 07:20:00 +0000", "07:20", "2023-02-03", "+0000")]
    [InlineData("We saw it around 13h05 in Paris", "Time", "13h05", "13:05", null, null)]
    [InlineData("The window 22:00–22:15 was planned", "Range", "22:00–22:15", "22:00", null, null, "22:15")]
    [InlineData("At 11:50 PM – 12:20 AM the batch overlapped", "Range", "11:50 PM – 12:20 AM", "23:50", null, null, "00:20+1")]
    [InlineData("By 2019/06/11 22:41 the disk was full", "DateTime", "2019/06/11 22:41", "22:41", "2019-06-11", null)]
    [InlineData("Logged as Feb  3 07:20:01 by syslog", "DateTime", "Feb  3 07:20:01", "07:20:01", "2000-02-03", null)]
    [InlineData("On Aug 9 2021, 4:05 PM the certificate expired", "DateTime", "Aug 9 2021, 4:05 PM", "16:05", "2021-08-09", null)]
    [InlineData("The call (14:05 BST) was short", "Time", "14:05 BST", "14:05", null, "BST")]
    [InlineData("jsmith at 15:04 tracks down the bad config", "Time", "15:04", "15:04", null, null)]
    [InlineData("Paged at 2:40 a.m. on a Sunday", "Time", "2:40 a.m.", "02:40", null, null)]
    [InlineData("The report dated 03/02/2023 says so", "Date", "03/02/2023", null, "2023-02-03", null)]
    [InlineData("We met on 2023-02-03 to review", "Date", "2023-02-03", null, "2023-02-03", null)]
    [InlineData("It ran 09:12 to 10:03 UTC overnight", "Range", "09:12 to 10:03 UTC", "09:12", null, "UTC", "10:03")]
    [InlineData("Release v1.14.05 went out at 14:05", "Time", "14:05", "14:05", null, null)]
    [InlineData("Host 10.0.12.5 failed at 04:10 UTC", "Time", "04:10 UTC", "04:10", null, "UTC")]
    [InlineData("By 99.99% uptime standards, 14:05 was late", "Time", "14:05", "14:05", null, null)]
    [InlineData("Ticket #1405 opened at 9am", "Time", "9am", "09:00", null, null)]
    public void TheFirstExpressionInProseIsFound(string input, string kind, string text, string? time, string? date, string? zone, string? end = null) =>
        ExpectedExpression.Check(TimeExpressions.FindAll(input).FirstOrDefault(), input, kind, text, time, date, zone, end);

    [Theory]
    [InlineData("about 25 minutes later we rolled back", "about 25 minutes later", 25, true)]
    [InlineData("25 minutes later", "25 minutes later", 25, false)]
    [InlineData("two hours later the queue drained", "two hours later", 120, false)]
    [InlineData("half an hour after the deploy", "half an hour after", 30, false)]
    [InlineData("an hour later", "an hour later", 60, false)]
    [InlineData("a minute later", "a minute later", 1, false)]
    [InlineData("5 minutes after the page", "5 minutes after", 5, false)]
    [InlineData("ten minutes earlier", "ten minutes earlier", -10, false)]
    [InlineData("30 seconds later", "30 seconds later", 0.5, false)]
    [InlineData("an hour and a half later", "an hour and a half later", 90, false)]
    [InlineData("twenty-five minutes later", "twenty-five minutes later", 25, false)]
    [InlineData("roughly 2 hours later", "roughly 2 hours later", 120, true)]
    [InlineData("1.5 hours later", "1.5 hours later", 90, false)]
    [InlineData("two days later", "two days later", 2880, false)]
    [InlineData("15 mins before the alert", "15 mins before", -15, false)]
    [InlineData("T+0", "T+0", 0, false)]
    [InlineData("T+5m", "T+5m", 5, false)]
    [InlineData("T+5", "T+5", 5, false)]
    [InlineData("T+2h", "T+2h", 120, false)]
    [InlineData("T-10 min", "T-10 min", -10, false)]
    [InlineData("T+90s", "T+90s", 1.5, false)]
    public void ARelativeStepCarriesItsOffset(string input, string text, double minutes, bool approximate)
    {
        var expression = TimeExpressions.FindAll(input).First();

        Assert.Equal(TimeExpressionKind.Relative, expression.Kind);
        Assert.Equal(text, expression.Text);
        Assert.Equal(TimeSpan.FromMinutes(minutes), expression.RelativeOffset);
        Assert.Equal(approximate, expression.IsApproximate);
    }

    [Theory]
    [InlineData("Version v1.14.05 shipped")]
    [InlineData("pi is 3.14 or so")]
    [InlineData("The host 10.0.12.5 stopped")]
    [InlineData("We served 500/500 requests")]
    [InlineData("A 1:1 meeting happened")]
    [InlineData("Screens at 16:9 ratio")]
    [InlineData("The vote was 3-2 to roll back")]
    [InlineData("See issue #1405")]
    [InlineData("The outage (15 minutes) hurt")]
    [InlineData("We staff it 24/7")]
    [InlineData("Call 555-0142 or +1 415 555 0142")]
    [InlineData("We promise 99.99% uptime")]
    [InlineData("It took 15 minutes")]
    [InlineData("Three people may join")]
    [InlineData("Some minutes passed")]
    [InlineData("at 10.0.0.1:8080 the proxy")]
    [InlineData("The ratio was 4:3")]
    [InlineData("T-shirts were given out")]
    [InlineData("It costs $12.50 a month")]
    [InlineData("Build 2023.02.03 was tagged")]
    public void NumbersThatAreNotTimesAreNotFound(string input) => Assert.Empty(TimeExpressions.FindAll(input));

    [Fact]
    public void EveryExpressionInALineIsFoundInOrder()
    {
        var found = TimeExpressions.FindAll("Paged at 3:40 PM, acked 25 minutes later, fixed between 16:10 and 16:30 UTC on 2024-03-04.");

        Assert.Equal(["3:40 PM", "25 minutes later", "between 16:10 and 16:30 UTC", "2024-03-04"], found.Select(f => f.Text));
    }

    [Fact]
    public void AnyTextIsReadWithoutThrowingAndEverySpanLiesInsideIt() =>
        Prop.ForAll(Generators.TimeLikeText.ToArbitrary(), text =>
        {
            var spans = TimeExpressions.FindAll(text).ToList();
            spans.AddRange(new[] { TimeExpressions.Leading(text), TimeExpressions.Trailing(text) }.OfType<TimeExpression>());
            var declaration = TimeExpressions.ZoneDeclaration(text);
            return spans.All(s => s.Start >= 0 && s.Length > 0 && s.End <= text.Length && text.Substring(s.Start, s.Length) == s.Text)
                && (declaration is null || declaration.Start + declaration.Length <= text.Length);
        })
        .QuickCheckThrowOnFailure();

    private static class Generators
    {
        // Random text leans on the characters times are made of, so the generator reaches the recogniser's corners.
        private static readonly string[] Pieces =
        [
            "12", "9", "0", ":", ".", "/", "-", "–", " ", "  ", "am", "PM", "a.m.", "T", "+", "Z", "UTC", "EDT", "PT", "(", ")",
            "Jun", "March", "Tue", "2024", "between", "and", "from", "to", "later", "minutes", "an hour", "half", "about", "\n",
            "**", "#", "- ", "1. ", "all times", "Timeline", "Posted", "Europe/Berlin", "h", ",", "3rd", "x", "é", "\u2014",
        ];

        public static readonly Gen<string> TimeLikeText = Gen.OneOf(
            Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));
    }
}
