using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>
/// An exported chat ("[23:52] asha: …") followed by the author's own account ("What I did:", "Result:").
/// Scored by the share of lines that are chat lines; needs three. Each line becomes an event with its actor.
/// </summary>
public sealed partial class ChatLogReader : IShapeReader
{
    public string Shape => ShapeNames.ChatLog;

    public double Score(ReadContext context)
    {
        var chat = 0;
        var lines = 0;
        foreach (var line in context.NonBlank)
        {
            lines++;
            chat += TimelineLines.ParseChat(line) is null ? 0 : 1;
        }

        return chat < 3 ? 0 : 0.5 + (0.45 * chat / lines);
    }

    public void Extract(ReadContext context)
    {
        var record = context.Record;
        var lastChat = -1;
        var firstChat = -1;
        for (var i = 0; i < context.Lines.Count; i++)
        {
            if (TimelineLines.ParseChat(context.Lines[i]) is { } message)
            {
                record.Timeline.Add(message);
                context.Consume(context.Lines[i]);
                firstChat = firstChat < 0 ? i : firstChat;
                lastChat = i;
            }
        }

        ReadHeader(context, context.Lines.Take(firstChat));
        TimeLogReader.ReadAfterword(context, lastChat + 1);
        ReadRole(record);
        record.ActionItems.AddRange(FollowUpsSaidInChat(record.Timeline));
        WarnAboutMidnight(context, record.Timeline);
        record.Title = record.Title.Length > 0 ? record.Title : TitleMaker.FromText(record.Timeline.FirstOrDefault()?.Text);
    }

    /// <summary>Above the log: the channel an export names ("#inc-2291 exported") becomes a tag; an interview question, the prompt.</summary>
    private static void ReadHeader(ReadContext context, IEnumerable<SourceLine> header)
    {
        var lines = header.Where(l => !l.IsBlank).ToList();
        foreach (var line in lines)
        {
            var channel = Channel().Match(line.Content);
            if (channel.Success)
            {
                context.Record.Tags.Add(channel.Groups["channel"].Value);
                context.Consume(line);
            }
        }

        StarLabelReader.ReadPreamble(context, lines);
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

    private static void WarnAboutMidnight(ReadContext context, List<TimelineEvent> events)
    {
        for (var i = 1; i < events.Count; i++)
        {
            if (string.CompareOrdinal(Pad(events[i].Start), Pad(events[i - 1].Start)) < 0)
            {
                context.Warn($"The chat goes from {events[i - 1].Start} to {events[i].Start}: it crosses midnight, so later times are on the next day.");
                return;
            }
        }
    }

    private static string Pad(string time) => time.Length > 0 && time.IndexOf(':') == 1 ? "0" + time : time;

    [GeneratedRegex(@"^(?:as (?:the|a|an) |i was (?:the |a |an )?(?:on[- ]call|primary|secondary|incident (?:commander|lead)|lead|owner|responsible))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Role();

    [GeneratedRegex(@"^#(?<channel>[\p{L}\p{N}_\-]{2,80})(?:\s+(?:exported|export|log|transcript|chat))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Channel();

    [GeneratedRegex(@"\b(?:follow[- ]?ups?|action items?|todo|to do|next steps)\s*:\s*(?<items>.{3,400})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex FollowUpList();
}
