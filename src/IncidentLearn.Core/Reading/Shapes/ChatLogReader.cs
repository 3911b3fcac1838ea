using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading.Chat;
using IncidentLearn.Core.Text;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>
/// A chat, one line a message ("[23:52] asha: …") or copied from Slack, Teams or Discord (a stamp line with the
/// author and time, the message below), followed by the author's own account ("What I did:", "Result:"). Scored by
/// the share of lines the chat explains; needs three messages. Each message becomes an event with its actor.
/// </summary>
public sealed partial class ChatLogReader : IShapeReader
{
    private const int MaxTitleWords = 14;

    public string Shape => ShapeNames.ChatLog;

    public double Score(ReadContext context)
    {
        var transcript = context.ChatTranscript;
        var lines = context.NonBlank.Count();
        return transcript.Messages.Count < 3 ? 0 : 0.5 + (0.45 * transcript.Lines.Count / lines);
    }

    public void Extract(ReadContext context)
    {
        var record = context.Record;
        var transcript = context.ChatTranscript;
        record.Timeline.AddRange(transcript.Messages.Select(m => m.Event));
        context.Consume(transcript.Lines);
        var firstChat = transcript.Lines.Count == 0 ? 0 : transcript.Lines[0].Number - 1;
        var lastChat = transcript.Lines.Count == 0 ? -1 : transcript.Lines[^1].Number - 1;

        var channelTitle = ReadHeader(context, context.Lines.Take(firstChat));
        TimeLogReader.ReadAfterword(context, lastChat + 1);
        ReadRole(record);
        record.ActionItems.AddRange(FollowUpsSaidInChat(record.Timeline));
        WarnAboutMidnight(context, record.Timeline);
        WarnAboutClientTimes(context, transcript);
        record.Title = record.Title.Length > 0 ? record.Title : channelTitle ?? TitleMaker.FromText(FirstProblem(record.Timeline)?.Text);
    }

    /// <summary>
    /// Above the log: the channel an export names ("#inc-2291 exported") becomes a tag; an interview question, the
    /// prompt; a short line left over, the title. Returns the title the channel's name gives, if any.
    /// </summary>
    private static string? ReadHeader(ReadContext context, IEnumerable<SourceLine> header)
    {
        var lines = header.Where(l => !l.IsBlank).ToList();
        string? channelTitle = null;
        foreach (var line in lines)
        {
            var channel = Channel().Match(line.Content);
            if (channel.Success)
            {
                context.Record.Tags.Add(channel.Groups["channel"].Value);
                channelTitle ??= ChannelTitle.From(channel.Groups["channel"].Value);
                context.Consume(line);
            }
        }

        StarLabelReader.ReadPreamble(context, lines);
        // "Here is the thread from that night:" introduces the chat; it does not name it.
        var title = lines.FirstOrDefault(l => !context.IsConsumed(l.Number) && l.WordCount <= MaxTitleWords && !l.Content.EndsWith(':'));
        if (title is not null)
        {
            context.Record.Title = TitleCleaner.Clean(title.Content);
            context.Consume(title);
        }

        return channelTitle;
    }

    /// <summary>"I was on call for payments." in the author's account says who they were in the story.</summary>
    private static void ReadRole(IncidentRecord record)
    {
        var text = record.Star.Action ?? "";
        var sentence = Sentences.Split(text).FirstOrDefault(s => Role().IsMatch(s));
        if (sentence is not null && sentence.StartsWith("As ", StringComparison.OrdinalIgnoreCase) && sentence.IndexOf(',') is > 0 and var comma)
        {
            sentence = sentence[..comma];
        }

        record.AuthorRole ??= sentence;
    }

    private static IEnumerable<ActionItem> FollowUpsSaidInChat(List<TimelineEvent> events)
    {
        foreach (var message in events)
        {
            var match = FollowUpList().Match(message.Text);
            if (!match.Success)
            {
                continue;
            }

            foreach (var item in match.Groups["items"].Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return new ActionItem { Text = item.TrimEnd('.') };
            }
        }
    }

    /// <summary>The first message that reports the problem: greetings, acknowledgements and "ack, looking" name nothing.</summary>
    private static TimelineEvent? FirstProblem(List<TimelineEvent> events) =>
        events.FirstOrDefault(e => e.Kind is not (EventKind.Acknowledgement or EventKind.Communication) && e.Text.Split(' ').Length >= 4) ?? events.FirstOrDefault();

    private static void WarnAboutMidnight(ReadContext context, List<TimelineEvent> events)
    {
        for (var i = 1; i < events.Count; i++)
        {
            if (ClockOnly(events[i].Start) is { } later && ClockOnly(events[i - 1].Start) is { } earlier && later < earlier)
            {
                context.Warn($"The chat goes from {events[i - 1].Start} to {events[i].Start}: it crosses midnight, so later times are on the next day.");
                return;
            }
        }
    }

    // A time with its own date needs no day inferred, so only clock times are compared.
    private static TimeSpan? ClockOnly(string start) => TimeOfDayParser.Parse(start).Value is { Date: null } time ? time.TimeOfDay : null;

    private static void WarnAboutClientTimes(ReadContext context, ChatTranscript transcript)
    {
        var added = transcript.Messages.Where(m => m.MeridiemAddedOnLine is not null).Select(m => m.MeridiemAddedOnLine!.Value).ToList();
        if (added.Count > 0)
        {
            var (times, lines, each) = added.Count == 1 ? ("time", "line", "it") : ("times", "lines", "each");
            context.Warn($"The {times} on {lines} {string.Join(", ", added)} had no AM/PM (the chat client leaves it off follow-ups); {each} was read as the nearest time after the message before.");
        }

        if (transcript.Dates is { Guessed: true } dates)
        {
            var order = dates.DayFirst ? "day first, as the 24-hour clock suggests" : "month first, as the AM/PM clock suggests";
            context.Warn($"The chat's dates read either way round (day/month or month/day); they were read {order}. Check them.");
        }
    }

    [GeneratedRegex(@"^(?:as (?:the|a|an) |i was (?:the |a |an )?(?:on[- ]call|primary|secondary|incident (?:commander|lead)|lead|owner|responsible))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Role();

    // After the name, what the export says about itself: "#inc-2291 exported", "#sev2-db — exported 2024-11-09 01:04, 16 messages".
    [GeneratedRegex(@"^#(?<channel>[\p{L}\p{N}_\-]{2,80})(?:\s+(?:exported|export|log|transcript|chat)\b.{0,200}|\s+[-\u2013\u2014]\s.{0,200})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Channel();

    [GeneratedRegex(@"\b(?:follow[- ]?ups?|action items?|todo|to do|next steps)\s*:\s*(?<items>.{3,400})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex FollowUpList();
}
