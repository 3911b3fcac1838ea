using IncidentLearn.Core.Time;

namespace IncidentLearn.Core.Tests.Time;

public sealed class LeadingExpressionTests
{
    [Theory]
    // ISO 8601
    [InlineData("2023-02-03T07:20:00Z outage", "DateTime", "2023-02-03T07:20:00Z", "07:20", "2023-02-03", "Z")]
    [InlineData("2023-02-03T07:20Z", "DateTime", "2023-02-03T07:20Z", "07:20", "2023-02-03", "Z")]
    [InlineData("2023-02-03T07:20:00+05:30 deploy", "DateTime", "2023-02-03T07:20:00+05:30", "07:20", "2023-02-03", "+05:30")]
    [InlineData("2023-02-03T07:20:00-07:00", "DateTime", "2023-02-03T07:20:00-07:00", "07:20", "2023-02-03", "-07:00")]
    [InlineData("2025-10-26T02:00+01:00", "DateTime", "2025-10-26T02:00+01:00", "02:00", "2025-10-26", "+01:00")]
    [InlineData("2023-02-03T07:20:00.123Z", "DateTime", "2023-02-03T07:20:00.123Z", "07:20:00.123", "2023-02-03", "Z")]
    [InlineData("2023-02-03T07:20:00.5+00:00", "DateTime", "2023-02-03T07:20:00.5+00:00", "07:20:00.500", "2023-02-03", "+00:00")]
    [InlineData("2023-02-03 07:20:15 UTC", "DateTime", "2023-02-03 07:20:15 UTC", "07:20:15", "2023-02-03", "UTC")]
    [InlineData("2023-02-03", "Date", "2023-02-03", null, "2023-02-03", null)]
    [InlineData("2024-02-29 is the day", "Date", "2024-02-29", null, "2024-02-29", null)]
    [InlineData("2025-01-21 09:00 first alert", "DateTime", "2025-01-21 09:00", "09:00", "2025-01-21", null)]
    // RFC 2822 and syslog
    [InlineData("Fri, 03 Feb 2023 07:20:00 +0000", "DateTime", "Fri, 03 Feb 2023 07:20:00 +0000", "07:20", "2023-02-03", "+0000")]
    [InlineData("Mon, 15 Jan 2024 23:59:59 -0500 mail sent", "DateTime", "Mon, 15 Jan 2024 23:59:59 -0500", "23:59:59", "2024-01-15", "-0500")]
    [InlineData("Tue, 4 Jun 2024 10:00:00 GMT", "DateTime", "Tue, 4 Jun 2024 10:00:00 GMT", "10:00", "2024-06-04", "GMT")]
    [InlineData("Feb  3 07:20:01 web01 sshd[811]: session opened", "DateTime", "Feb  3 07:20:01", "07:20:01", "2000-02-03", null)]
    [InlineData("Dec 24 23:59:00 db2 kernel: oom", "DateTime", "Dec 24 23:59:00", "23:59", "2000-12-24", null)]
    [InlineData("Jan 10 00:00:01 cron ran", "DateTime", "Jan 10 00:00:01", "00:00:01", "2000-01-10", null)]
    // Written months in every order
    [InlineData("2019 March 3 04:10 UTC", "DateTime", "2019 March 3 04:10 UTC", "04:10", "2019-03-03", "UTC")]
    [InlineData("2019/06/11 22:41", "DateTime", "2019/06/11 22:41", "22:41", "2019-06-11", null)]
    [InlineData("2019/6/1 02:41 failover", "DateTime", "2019/6/1 02:41", "02:41", "2019-06-01", null)]
    [InlineData("3 February 2023, 07:20 (UTC)", "DateTime", "3 February 2023, 07:20 (UTC)", "07:20", "2023-02-03", "UTC")]
    [InlineData("3 Feb 2023 07:20", "DateTime", "3 Feb 2023 07:20", "07:20", "2023-02-03", null)]
    [InlineData("10 July at 12:00 JST", "DateTime", "10 July at 12:00 JST", "12:00", "2000-07-10", "JST")]
    [InlineData("Aug 9 2021, 4:05 PM", "DateTime", "Aug 9 2021, 4:05 PM", "16:05", "2021-08-09", null)]
    [InlineData("Jun 2, 09:15 EDT", "DateTime", "Jun 2, 09:15 EDT", "09:15", "2000-06-02", "EDT")]
    [InlineData("June 2nd, 2024 at 9:15am PT", "DateTime", "June 2nd, 2024 at 9:15am PT", "09:15", "2024-06-02", "PT")]
    [InlineData("Jun 2, 2024 - 09:15 EDT", "DateTime", "Jun 2, 2024 - 09:15 EDT", "09:15", "2024-06-02", "EDT")]
    [InlineData("Mar 03, 2024 - 14:05 UTC", "DateTime", "Mar 03, 2024 - 14:05 UTC", "14:05", "2024-03-03", "UTC")]
    [InlineData("July 10, 2024 12:00", "DateTime", "July 10, 2024 12:00", "12:00", "2024-07-10", null)]
    [InlineData("Sept 30 2022 18:45 CEST", "DateTime", "Sept 30 2022 18:45 CEST", "18:45", "2022-09-30", "CEST")]
    [InlineData("March 3rd at 14:05", "DateTime", "March 3rd at 14:05", "14:05", "2000-03-03", null)]
    [InlineData("21st October 2023 08:00", "DateTime", "21st October 2023 08:00", "08:00", "2023-10-21", null)]
    [InlineData("Tue 4 June 2024 23:05", "DateTime", "Tue 4 June 2024 23:05", "23:05", "2024-06-04", null)]
    [InlineData("Wednesday, November 8, 2023 3:12 PM", "DateTime", "Wednesday, November 8, 2023 3:12 PM", "15:12", "2023-11-08", null)]
    [InlineData("Tuesday 9th at 14:05 BST", "Time", "Tuesday 9th at 14:05 BST", "14:05", null, "BST")]
    [InlineData("Friday at 17:30 we rolled back", "Time", "Friday at 17:30", "17:30", null, null)]
    [InlineData("Oct. 5, 2021 11:00 PDT", "DateTime", "Oct. 5, 2021 11:00 PDT", "11:00", "2021-10-05", "PDT")]
    [InlineData("12 Dec 2022", "Date", "12 Dec 2022", null, "2022-12-12", null)]
    [InlineData("May 5", "Date", "May 5", null, "2000-05-05", null)]
    [InlineData("April 1st, 2023", "Date", "April 1st, 2023", null, "2023-04-01", null)]
    // Numeric dates: day first when both readings are possible
    [InlineData("03/02/2023", "Date", "03/02/2023", null, "2023-02-03", null)]
    [InlineData("25/12/2023 10:00", "DateTime", "25/12/2023 10:00", "10:00", "2023-12-25", null)]
    [InlineData("12/25/2023 10:00", "DateTime", "12/25/2023 10:00", "10:00", "2023-12-25", null)]
    // Clocks, 24-hour
    [InlineData("13h05 restart", "Time", "13h05", "13:05", null, null)]
    [InlineData("14.05 first page", "Time", "14.05", "14:05", null, null)]
    [InlineData("23:52", "Time", "23:52", "23:52", null, null)]
    [InlineData("9:05 pager fired", "Time", "9:05", "09:05", null, null)]
    [InlineData("00:00 midnight deploy", "Time", "00:00", "00:00", null, null)]
    [InlineData("24:00 end of day", "Time", "24:00", "24:00", null, null)]
    [InlineData("14:05:30 error spike", "Time", "14:05:30", "14:05:30", null, null)]
    [InlineData("07:20:00.250 request", "Time", "07:20:00.250", "07:20:00.250", null, null)]
    // Clocks, 12-hour
    [InlineData("2:40 AM", "Time", "2:40 AM", "02:40", null, null)]
    [InlineData("2:40am the alarm", "Time", "2:40am", "02:40", null, null)]
    [InlineData("2:40 a.m. the alarm", "Time", "2:40 a.m.", "02:40", null, null)]
    [InlineData("2:40 p.m. calls", "Time", "2:40 p.m.", "14:40", null, null)]
    [InlineData("12:05 AM", "Time", "12:05 AM", "00:05", null, null)]
    [InlineData("12:30 PM", "Time", "12:30 PM", "12:30", null, null)]
    [InlineData("11:59 PM", "Time", "11:59 PM", "23:59", null, null)]
    [InlineData("14:09 PM reports old screens", "Time", "14:09", "14:09", null, null)]
    [InlineData("3 pm standup", "Time", "3 pm", "15:00", null, null)]
    [InlineData("12 am", "Time", "12 am", "00:00", null, null)]
    [InlineData("9:15am PT", "Time", "9:15am PT", "09:15", null, "PT")]
    [InlineData("4:05PM EST", "Time", "4:05PM EST", "16:05", null, "EST")]
    // Zones after the clock
    [InlineData("14:05 UTC", "Time", "14:05 UTC", "14:05", null, "UTC")]
    [InlineData("14:05 utc", "Time", "14:05 utc", "14:05", null, "utc")]
    [InlineData("14:05Z", "Time", "14:05Z", "14:05", null, "Z")]
    [InlineData("14:05 +02:00", "Time", "14:05 +02:00", "14:05", null, "+02:00")]
    [InlineData("14:05 -0700 deploy", "Time", "14:05 -0700", "14:05", null, "-0700")]
    [InlineData("14:05 UTC+2", "Time", "14:05 UTC+2", "14:05", null, "UTC+2")]
    [InlineData("14:05 GMT-5", "Time", "14:05 GMT-5", "14:05", null, "GMT-5")]
    [InlineData("14:05 (CEST)", "Time", "14:05 (CEST)", "14:05", null, "CEST")]
    [InlineData("14:05 Europe/Berlin", "Time", "14:05 Europe/Berlin", "14:05", null, "Europe/Berlin")]
    [InlineData("14:05 America/New_York paged", "Time", "14:05 America/New_York", "14:05", null, "America/New_York")]
    [InlineData("14:05 Pacific", "Time", "14:05 Pacific", "14:05", null, "Pacific")]
    [InlineData("14:05 Eastern: failover", "Time", "14:05 Eastern", "14:05", null, "Eastern")]
    // Ranges
    [InlineData("01:10 - 01:16 AM", "Range", "01:10 - 01:16 AM", "01:10", null, null, "01:16")]
    [InlineData("01:10 - 01:16 PM", "Range", "01:10 - 01:16 PM", "13:10", null, null, "13:16")]
    [InlineData("11:00 - 1:00 PM lunch", "Range", "11:00 - 1:00 PM", "11:00", null, null, "13:00")]
    [InlineData("11:50 PM – 12:20 AM", "Range", "11:50 PM – 12:20 AM", "23:50", null, null, "00:20+1")]
    [InlineData("11:58 PM - 12:03 AM", "Range", "11:58 PM - 12:03 AM", "23:58", null, null, "00:03+1")]
    [InlineData("22:00–22:15 (15 minutes): failover", "Range", "22:00–22:15", "22:00", null, null, "22:15")]
    [InlineData("22:00-22:15", "Range", "22:00-22:15", "22:00", null, null, "22:15")]
    [InlineData("23:50-00:10 maintenance", "Range", "23:50-00:10", "23:50", null, null, "00:10+1")]
    [InlineData("09:12 to 10:03 UTC", "Range", "09:12 to 10:03 UTC", "09:12", null, "UTC", "10:03")]
    [InlineData("between 09:12 and 10:03", "Range", "between 09:12 and 10:03", "09:12", null, null, "10:03")]
    [InlineData("Between 09:12 and 10:03 UTC, errors", "Range", "Between 09:12 and 10:03 UTC", "09:12", null, "UTC", "10:03")]
    [InlineData("from 14:00 until 14:20", "Range", "from 14:00 until 14:20", "14:00", null, null, "14:20")]
    [InlineData("From 14:00 to 14:20 CET", "Range", "From 14:00 to 14:20 CET", "14:00", null, "CET", "14:20")]
    [InlineData("14:00:05 - 14:00:45", "Range", "14:00:05 - 14:00:45", "14:00:05", null, null, "14:00:45")]
    [InlineData("2024-03-04 22:00 - 23:30", "Range", "2024-03-04 22:00 - 23:30", "22:00", "2024-03-04", null, "23:30")]
    [InlineData("2024-03-04 23:00 - 01:30", "Range", "2024-03-04 23:00 - 01:30", "23:00", "2024-03-04", null, "01:30+1")]
    [InlineData("10am - 2pm", "Range", "10am - 2pm", "10:00", null, null, "14:00")]
    [InlineData("14:00 — 14:45", "Range", "14:00 — 14:45", "14:00", null, null, "14:45")]
    [InlineData("Mar 3 - Mar 5", "Range", "Mar 3 - Mar 5", null, "2000-03-03", null, "2000-03-05")]
    // Markup before the time
    [InlineData("1. **3 February 2023, 07:20 (UTC) – Outage Begins**", "DateTime", "3 February 2023, 07:20 (UTC)", "07:20", "2023-02-03", "UTC")]
    [InlineData("### 2:40 AM ###", "Time", "2:40 AM", "02:40", null, null)]
    [InlineData("### 01:10 - 01:16 AM ###", "Range", "01:10 - 01:16 AM", "01:10", null, null, "01:16")]
    [InlineData("- 07:05 UTC – Customer impact began.", "Time", "07:05 UTC", "07:05", null, "UTC")]
    [InlineData("At 2019/06/11 22:41 jsmith - restarted", "DateTime", "2019/06/11 22:41", "22:41", "2019-06-11", null)]
    [InlineData("* 14:05 deploy started", "Time", "14:05", "14:05", null, null)]
    [InlineData("+ 14:05 deploy started", "Time", "14:05", "14:05", null, null)]
    [InlineData("• 14:05 deploy started", "Time", "14:05", "14:05", null, null)]
    [InlineData("2) 14:05 deploy started", "Time", "14:05", "14:05", null, null)]
    [InlineData("12. 16:40 rollback", "Time", "16:40", "16:40", null, null)]
    [InlineData("**14:05** - alert", "Time", "14:05", "14:05", null, null)]
    [InlineData("_14:05_ alert", "Time", "14:05", "14:05", null, null)]
    [InlineData("[23:52] asha: looking", "Time", "23:52", "23:52", null, null)]
    [InlineData("  - **Jun 2, 09:15 EDT** paged", "DateTime", "Jun 2, 09:15 EDT", "09:15", "2000-06-02", "EDT")]
    [InlineData("## 2023-02-03 07:20 UTC", "DateTime", "2023-02-03 07:20 UTC", "07:20", "2023-02-03", "UTC")]
    [InlineData("at 3:40 PM I was paged", "Time", "3:40 PM", "15:40", null, null)]
    // Words after the clock that are not zones
    [InlineData("15:04 jsmith tracks down the bad config", "Time", "15:04", "15:04", null, null)]
    [InlineData("06:10 Outage begins", "Time", "06:10", "06:10", null, null)]
    [InlineData("10:00 Team paged", "Time", "10:00", "10:00", null, null)]
    [InlineData("14:05 Dev saw timeouts", "Time", "14:05", "14:05", null, null)]
    [InlineData("14:05 DEV saw timeouts", "Time", "14:05", "14:05", null, null)]
    [InlineData("14:05 CAT scan", "Time", "14:05", "14:05", null, null)]
    [InlineData("14:05 OUT of memory", "Time", "14:05", "14:05", null, null)]
    [InlineData("14:05 A team joins", "Time", "14:05", "14:05", null, null)]
    [InlineData("09:30 SRE on call acked", "Time", "09:30", "09:30", null, null)]
    [InlineData("09:30 Eastern region failed over", "Time", "09:30 Eastern", "09:30", null, "Eastern")]
    public void TheExpressionLeadingABlockIsRead(string input, string kind, string text, string? time, string? date, string? zone, string? end = null) =>
        ExpectedExpression.Check(TimeExpressions.Leading(input), input, kind, text, time, date, zone, end);

    [Theory]
    [InlineData("Outage began at 14:05")]
    [InlineData("The deploy")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("- Customer impact began.")]
    [InlineData("v1.14.05 released")]
    [InlineData("3.14 is pi")]
    [InlineData("10.0.12.5 stopped answering")]
    [InlineData("500/500 requests failed")]
    [InlineData("1:1 meeting with the lead")]
    [InlineData("16:9 screenshots")]
    [InlineData("3-2 vote to roll back")]
    [InlineData("#1405 tracks the fix")]
    [InlineData("(15 minutes) of downtime")]
    [InlineData("24/7 coverage")]
    [InlineData("555-0142 is the bridge line")]
    [InlineData("+1 415 555 0142 bridge")]
    [InlineData("99.99% availability")]
    [InlineData("25:00 is no time")]
    [InlineData("14:61 is no time")]
    [InlineData("13 pm is no time")]
    [InlineData("0:5 is no time")]
    [InlineData("1405 hours")]
    [InlineData("2023-13-40 bad date")]
    [InlineData("Feb 30 2023 bad date")]
    [InlineData("$12.50 each")]
    [InlineData("€12.50 each")]
    [InlineData("Tuesday 9th")]
    [InlineData("Monday")]
    [InlineData("14:05abc")]
    public void TextThatDoesNotStartWithATimeHasNoLeadingExpression(string input) => Assert.Null(TimeExpressions.Leading(input));

    [Fact]
    public void AnAmbiguousDayAndMonthIsReadDayFirstAndFlagged()
    {
        var expression = TimeExpressions.Leading("03/02/2023")!;

        Assert.Equal(new DateOnly(2023, 2, 3), expression.Date);
        Assert.True(expression.DayMonthAmbiguous);
    }

    [Theory]
    [InlineData("25/12/2023")]
    [InlineData("12/25/2023")]
    [InlineData("2023-02-03")]
    public void ADateWithOnlyOnePossibleReadingIsNotFlagged(string input) => Assert.False(TimeExpressions.Leading(input)!.DayMonthAmbiguous);

    [Fact]
    public void ADateWithoutAYearSaysSo()
    {
        var expression = TimeExpressions.Leading("Jun 2, 09:15 EDT")!;

        Assert.False(expression.YearStated);
        Assert.Equal(TimeSpan.FromHours(-4), expression.Zone!.Offset);
    }

    [Fact]
    public void TheWeekdayIsKeptWhenTheMonthIsNot() => Assert.Equal(DayOfWeek.Tuesday, TimeExpressions.Leading("Tuesday 9th at 14:05 BST")!.Weekday);
}
