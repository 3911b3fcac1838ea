using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Reading.Analysis;
using IncidentLearn.Core.Tests.Snapshots;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Tests.Reading.Chat;

/// <summary>Chats copied from Slack, Teams and Discord, read whole: one event a message, with its author and time.</summary>
public sealed class ChatExportReadingTests
{
    private const string Slack = """
        #inc-2291-payments-latency

        Priya Raman  11:52 PM
        :rotating_light: p99 on payments-api just jumped to 4.2s, alert fired in #alerts-payments
        Tom Becker  11:54 PM
        ack, looking
        11:55
        connection pool on pgbouncer is saturated — 500/500 in use
        Priya Raman  12:03 AM
        should we roll back 2024.11.3? it went out at 23:30
        """;

    private static ReadResult Read(string text) => WriteupReader.Read(text);

    private static List<(string Start, string? Actor, string Text)> Events(ReadResult result) =>
        result.Record.Timeline.Select(e => (e.Start, e.Actor, e.Text)).ToList();

    [Fact]
    public void ASlackPasteIsAChatWithOneEventAMessage()
    {
        var result = Read(Slack);

        Assert.Equal("chat-log", result.Report.Shape);
        Assert.Equal(
            [
                ("11:52 PM", "Priya Raman", "p99 on payments-api just jumped to 4.2s, alert fired in #alerts-payments"),
                ("11:54 PM", "Tom Becker", "ack, looking"),
                ("11:55 PM", "Tom Becker", "connection pool on pgbouncer is saturated — 500/500 in use"),
                ("12:03 AM", "Priya Raman", "should we roll back 2024.11.3? it went out at 23:30"),
            ],
            Events(result));
        Assert.Equal(["inc-2291-payments-latency"], result.Record.Tags);
        Assert.Equal("Payments latency (inc-2291)", result.Record.Title);
        Assert.Contains(result.Report.Warnings, w => w.Contains("crosses midnight", StringComparison.Ordinal));
    }

    [Fact]
    public void ABareFollowUpTimeTakesTheMeridiemNearestAfterTheMessageBefore()
    {
        var result = Read("Ana Lima  11:58 AM\nlatency up on search\n12:01\nstill climbing\nBo Chen  11:57 PM\nlooking\n12:02\nfound it, a bad index\nAna Lima  12:10 AM\nfixed");

        Assert.Equal(["11:58 AM", "12:01 PM", "11:57 PM", "12:02 AM", "12:10 AM"], result.Record.Timeline.Select(e => e.Start));
        Assert.Contains(result.Report.Warnings, w => w.StartsWith("The times on lines 3, 7 had no AM/PM", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSlackCaseCrossesMidnightWithTheRightMinutes()
    {
        var text = File.ReadAllText(Snapshot.InSource("tests", "IncidentLearn.Core.Tests", "Reading", "Cases", "chat-log--slack-cart-rollback.txt"));
        var analysis = new TimelineAnalyzer().Analyze(Read(text).Record);

        var first = analysis.Events[0].Start!.Value.Estimate;
        Assert.Equal([0, 2, 3, 5, 8, 10, 17, 23, 25, 28, 50], analysis.Events.Select(e => (int)(e.Start!.Value.Estimate - first).TotalMinutes));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1], analysis.Events.Select(e => e.Day));
        Assert.Equal(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(41), first.TimeOfDay);
    }

    [Fact]
    public void SlackBracketsAndOneLineFollowUpsAreRead()
    {
        var result = Read("Priya Raman [11:52 PM]\np99 jumped to 4.2s\nTom Becker [11:54 PM]\nack, looking\n[11:55 PM] pool is saturated\n[11:56 PM] raising the pool size");

        Assert.Equal(
            [("11:52 PM", "Priya Raman", "p99 jumped to 4.2s"), ("11:54 PM", "Tom Becker", "ack, looking"), ("11:55 PM", "Tom Becker", "pool is saturated"), ("11:56 PM", "Tom Becker", "raising the pool size")],
            Events(result));
    }

    [Theory]
    [InlineData("Keisha Brown 9:58 AM\nscanners offline in Leeds\nSam Whitfield 10:02 AM\npausing the rollout\nKeisha Brown 10:19 AM\nscanners back")]
    [InlineData("Keisha Brown, 9:58 AM\nscanners offline in Leeds\nSam Whitfield, 10:02 AM\npausing the rollout\nKeisha Brown, 10:19 AM\nscanners back")]
    [InlineData("[9:58 AM] Keisha Brown\nscanners offline in Leeds\n[10:02 AM] Sam Whitfield\npausing the rollout\n[10:19 AM] Keisha Brown\nscanners back")]
    [InlineData("Keisha Brown \u2014 Today at 9:58 AM\nscanners offline in Leeds\nSam Whitfield \u2014 Today at 10:02 AM\npausing the rollout\nKeisha Brown \u2014 Today at 10:19 AM\nscanners back")]
    public void TeamsAndDiscordLayoutsGiveTheSameEvents(string text)
    {
        Assert.Equal(
            [("9:58 AM", "Keisha Brown", "scanners offline in Leeds"), ("10:02 AM", "Sam Whitfield", "pausing the rollout"), ("10:19 AM", "Keisha Brown", "scanners back")],
            Events(Read(text)));
    }

    [Fact]
    public void TwentyFourHourSlackHeadersCountWhenTheNamesSpeakAgain()
    {
        var result = Read("mira 23:52\nsearch results are empty\ntom 23:54\nindex dropped to 12 GB\nmira 23:57\npaging search on-call\ntom 00:03\nalias pointed back");

        Assert.Equal("chat-log", result.Report.Shape);
        Assert.Equal(["23:52", "23:54", "23:57", "00:03"], result.Record.Timeline.Select(e => e.Start));
    }

    [Fact]
    public void DiscordDatesBecomeCalendarDaysInTheirOrder()
    {
        var dayFirst = Read("Rook — 14/03/2026 23:47\nlogins failing\nvexa — 14/03/2026 23:52\nlooking\nvexa — 15/03/2026 00:04\nflag flipped back");
        Assert.Equal(["2026-03-14 23:47", "2026-03-14 23:52", "2026-03-15 00:04"], dayFirst.Record.Timeline.Select(e => e.Start));
        Assert.DoesNotContain(dayFirst.Report.Warnings, w => w.Contains("midnight", StringComparison.Ordinal) || w.Contains("either way", StringComparison.Ordinal));

        var guessed = Read("Rook — 03/04/2026 11:47 PM\nlogins failing\nvexa — 03/04/2026 11:52 PM\nlooking\nvexa — 03/05/2026 12:04 AM\nflag flipped back");
        Assert.Equal("2026-03-05 12:04 AM", guessed.Record.Timeline[^1].Start);
        Assert.Contains(guessed.Report.Warnings, w => w.Contains("month first", StringComparison.Ordinal));
    }

    [Fact]
    public void ClientNoiseIsDroppedSayingWhy()
    {
        var result = Read("Priya Raman  11:52 PM\np99 jumped\n:eyes: 2 :+1: 1\nTom Becker  11:54 PM\nlooking\n\U0001F440 3\n2 replies\nLast reply today at 12:10 AM\nFriday, November 21st\nTom Becker  12:03 AM\nreplied to a thread: p99 jumped\nrolled back");

        Assert.Equal([3, 6, 7, 8, 9, 11], result.Report.Dropped.Select(d => d.Line));
        Assert.Contains("reactions", result.Report.Dropped[0].Reason, StringComparison.Ordinal);
        Assert.Contains("thread summary", result.Report.Dropped[2].Reason, StringComparison.Ordinal);
        Assert.Contains("day divider", result.Report.Dropped[4].Reason, StringComparison.Ordinal);
        Assert.Contains("replied to a thread", result.Report.Dropped[5].Reason, StringComparison.Ordinal);
        Assert.Equal(["p99 jumped", "looking", "rolled back"], result.Record.Timeline.Select(e => e.Text));
    }

    [Fact]
    public void ANumberAloneIsAnAnswerNotAReaction()
    {
        var result = Read("Ana Lima  10:01 AM\nhow many nodes are down?\nBo Chen  10:02 AM\n3\nAna Lima  10:03 AM\ndraining them");
        Assert.Empty(result.Report.Dropped);
        Assert.Equal("3", result.Record.Timeline[1].Text);
    }

    [Fact]
    public void TheSameWordsFromTwoPeopleAreTwoMessages()
    {
        var result = Read("Ana Lima  10:01 AM\nchecking the load balancer now\nBo Chen  10:02 AM\nchecking the load balancer now\nAna Lima  10:03 AM\nok you take it");
        Assert.Equal(3, result.Record.Timeline.Count);
        Assert.Empty(result.Report.Dropped);
    }

    [Fact]
    public void TheAuthorsAccountAfterTheChatIsNotPartOfTheLastMessage()
    {
        var result = Read(Slack + "\nWhat I did: I was on call and rolled back 2024.11.3.\nResult: p99 back under 300ms by 00:20.");

        Assert.Equal("should we roll back 2024.11.3? it went out at 23:30", result.Record.Timeline[^1].Text);
        Assert.Equal("I was on call and rolled back 2024.11.3.", result.Record.Star.Action);
        Assert.Equal("p99 back under 300ms by 00:20.", result.Record.Star.Result);
    }

    [Theory]
    [InlineData("Payments latency, 21 Nov\n\n", "Payments latency, 21 Nov")]
    [InlineData("# Payments latency\n#inc-2291-payments-latency\n\n", "Payments latency")]
    [InlineData("Here is the thread from that night:\n\n", "p99 on payments-api just jumped to 4.2s, alert fired in #alerts-payments")]
    [InlineData("#ops-payments\n\n", "p99 on payments-api just jumped to 4.2s, alert fired in #alerts-payments")]
    public void TheTitleIsTheLineAboveTheChatElseTheChannelElseTheProblem(string header, string title)
    {
        var body = Slack[(Slack.IndexOf('\n') + 2)..];
        Assert.Equal(title, Read(header + body).Record.Title);
    }

    [Fact]
    public void TheFirstMessageThatReportsTheProblemNamesTheIncident()
    {
        var result = Read("Ana Lima  10:01 AM\nhi all\nBo Chen  10:02 AM\nack\nAna Lima  10:03 AM\ncheckout error rate is at 30% since the deploy\nBo Chen  10:09 AM\nrolled back");
        Assert.Equal("checkout error rate is at 30% since the deploy", result.Record.Title);
    }

    [Theory]
    [InlineData("Night log.\n22:00\u201322:40 (40 minutes): Copied data.\n22:30\u201323:00 (30 minutes): Took snapshots.\n23:00\u201323:10 (10 minutes): Done.", "time-log")]
    [InlineData("## Timeline\n- 14:05 UTC: alert fired\n- 14:10 UTC: Dana paged\n- 14:40 UTC: rolled back\n## Summary\nThe API failed.\n## Impact\nAll users.\n## Root Causes\nA bad config.", "postmortem")]
    [InlineData("## Summary\nThe API failed.\n## Impact\nAll users.\n## Root Causes\nA bad config.\n## Timeline\n| Time | Event |\n|---|---|\n| 14:05 | Alert fired |\n| 14:40 | Rolled back |", "postmortem")]
    [InlineData("Alert fired   14:05\nRollback started  14:20\nRecovered   14:41\nWe rolled back at 14:20 and it was fine.", "plain")]
    [InlineData("Detected 14:05\nthe alert fired on checkout\nMitigated 14:40\nwe rolled back the deploy\nResolved 15:02\nall clear", "plain")]
    [InlineData("Pager 14:05\nthe alert fired on checkout\nRollout 14:40\nwe rolled back the deploy\nCheckout 15:02\nall clear", "plain")]
    [InlineData("[23:52] ana: disk full\n[23:58] bo: clearing logs\n[00:03] ana: recovered", "chat-log")]
    public void OtherShapesAreNotTakenForAChat(string text, string shape)
    {
        var result = Read(text);
        Assert.Equal(shape, result.Report.Shape);
        Assert.DoesNotContain(result.Record.Timeline, e => e.Actor is "Alert fired" or "Detected" or "Mitigated" or "Recovered");
    }

    [Fact]
    public void OneLineChatsAreReadExactlyAsBefore()
    {
        var result = Read("#inc-2291 exported\n[23:47] asha: webhooks timing out\n23:49 <ben> p99 at 12s\n[11:53 pm] asha paging the on-call\n");

        Assert.Equal([("23:47", "asha", "webhooks timing out"), ("23:49", "ben", "p99 at 12s"), ("11:53 pm", "asha", "paging the on-call")], Events(result));
        Assert.Equal("webhooks timing out", result.Record.Title);
    }

    [Fact]
    public void OneNameAboveOneLineChatsDoesNotTurnThemIntoItsFollowUps()
    {
        var result = Read("Platform Team 23:40\nwe got paged for webhooks\n[23:52] mira: search results empty\n[23:54] tom: confirmed\n[23:57] mira: paging the on-call");
        Assert.Equal(["mira", "tom", "mira"], result.Record.Timeline.Select(e => e.Actor));
    }

    [Fact]
    public void TheAnalysisOfASlackPasteHasNoEmojiCodes()
    {
        var analysis = AnalysisBuilder.Analyze(Slack);
        Assert.DoesNotContain(analysis.Timeline.Events, e => e.Text.Contains(":rotating_light:", StringComparison.Ordinal));
        Assert.DoesNotContain(":", analysis.Title.Replace("(inc-2291)", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(EventKind.Detection, Read(Slack).Record.Timeline[0].Kind);
    }
}
