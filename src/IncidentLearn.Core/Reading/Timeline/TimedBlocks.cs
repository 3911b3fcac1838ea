using System.Globalization;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Reading.Sections;
using IncidentLearn.Core.Reading.Shapes;
using IncidentLearn.Core.Text;
using IncidentLearn.Core.Time;

namespace IncidentLearn.Core.Reading.Timeline;

/// <summary>
/// Reads timeline events from blocks, whatever their markup: any line led by a time expression starts an
/// event ("- 07:05 UTC – …", "At 2019/06/11 22:41 …", "1. **3 February 2023, 07:20 (UTC) – …**"); a heading
/// that is a time ("### 2:40 AM ###") heads the paragraphs under it; a heading or line that is only a date
/// dates the events below it; a line that is only a stamp closes the message above it, status-page style
/// ("Investigating - We are looking into … ⏎ Jun 2, 09:15 EDT"). A log written newest first is put in order.
/// </summary>
public static partial class TimedBlocks
{
    private const int MaxLineLength = 2_000;
    private const int MinDatedRestWords = 3;
    private const int MinWrappedWords = 8;
    private const int MaxUpdateStatusLength = 24;

    public static List<TimedEvent> Read(IReadOnlyList<SourceLine> source, int from, int to)
    {
        var lines = BrokenLines.Join(source, from, Math.Min(to, source.Count));
        var events = new List<(TimedEvent Event, Instant Key)>();
        var pending = new List<SourceLine>();
        var paragraphBefore = new List<SourceLine>();
        SourceLine? statusLine = null;
        SourceLine? statusBefore = null;
        (string Text, DateOnly Date)? carriedDate = null;
        EventBuilder? current = null;

        void Close()
        {
            if (current is not null)
            {
                events.Add(current.Build());
                current = null;
            }
        }

        // A stamp on a line of its own after the message it closes: the status-page order.
        void CloseMessage(TimeExpression stamp, SourceLine stampLine)
        {
            // "Resolved ⏎ This incident has been resolved. ⏎ Jun 2, 09:15 EDT": the stage word above names the update.
            var stage = statusLine is null ? "" : $"{statusLine.Content.Trim().Trim('*', '_', '#', ' ')}: ";
            var message = new EventBuilder(stamp, carriedDate, statusLine?.Number ?? pending[0].Number, underHeading: false);
            message.Add(stage + string.Join(' ', pending.Select(l => l.Content.Trim())), stampLine.Number);
            events.Add(message.Build());
            pending.Clear();
            statusLine = null;
        }

        // The line above, and whether a time led it, for telling a wrapped sentence from a log's next entry.
        SourceLine? above = null;
        var aboveLed = false;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var (lineAbove, lineAboveLed) = (above, aboveLed);
            (above, aboveLed) = (line, false);
            if (line.IsBlank)
            {
                if (current is { UnderHeading: false })
                {
                    Close();
                }

                if (pending.Count > 0)
                {
                    // A stage word names the paragraph right under it, no further.
                    paragraphBefore.Clear();
                    paragraphBefore.AddRange(pending);
                    statusBefore = statusLine;
                    statusLine = null;
                }

                pending.Clear();
                continue;
            }

            // "Posted May 28, 2025 - 22:18 UTC" a blank line after the update it publishes (a status page's postmortem).
            if (pending.Count == 0 && paragraphBefore.Count > 0 && PostStamp(line) is { } posted)
            {
                pending.AddRange(paragraphBefore);
                statusLine = statusBefore;
                paragraphBefore.Clear();
                CloseMessage(posted, line);
                continue;
            }

            paragraphBefore.Clear();
            statusBefore = null;
            if (line.Text.Length > MaxLineLength)
            {
                continue;
            }

            // Under a time heading, a plain line standing apart as a heading ("Why it broke") ends the entry.
            var isHeading = line.Content.StartsWith('#') || SectionSplitter.BoldLineText(line) is not null
                || current is { UnderHeading: true } && lineAbove is { IsBlank: true } && SectionSplitter.StandsLikeHeading(lines, index) && LeadOf(line.Text).Lead is null;
            if (current is null && pending.Count == 0 && IsUpdateStatus(line.Content.TrimStart('#', ' ')))
            {
                statusLine = line;
                continue;
            }

            // Hard-wrapped prose ("The copy phase finished at ⏎ 22:15, roughly half an hour early") puts a time at
            // the start of a line mid-sentence: that line continues the sentence above, it leads no entry.
            var (lead, statusWord) = ContinuesSentence(lineAbove, lineAboveLed, line) ? (null, null) : LeadOf(line.Text);
            aboveLed = lead is not null;
            if (lead is not null && lead.Kind != TimeExpressionKind.Relative && !OpensSentence(line.Text, lead))
            {
                var rest = statusWord is null ? RestAfter(line.Text, lead) : $"{statusWord}: {RestAfter(line.Text, lead)}".TrimEnd(':', ' ');
                if (lead.TimeOfDay is null)
                {
                    // A date alone (or heading a few words) dates what follows; set apart from a sentence, it is an entry.
                    if (CountWords(rest) < MinDatedRestWords || isHeading || !SeparatedAfter(line.Text, lead) && !Paragraphs.IsBullet(line))
                    {
                        Close();
                        carriedDate = lead.Date is { } date ? (lead.Text, date) : carriedDate;
                        continue;
                    }
                }
                else if (rest.Length == 0 && !isHeading && pending.Count > 0)
                {
                    CloseMessage(lead, line);
                    continue;
                }

                Close();
                statusLine = null;
                current = new EventBuilder(lead, carriedDate, line.Number, underHeading: isHeading || rest.Length == 0);
                current.Add(rest, line.Number);
                if (lead.Date is { } stated)
                {
                    // "### Aug 9 2021, 4:05 PM" then "### 4:07 PM": the date carries to the times after it.
                    carriedDate = (DateText(stated, lead.YearStated), stated);
                }

                pending.Clear();
                continue;
            }

            if (lead is null && ClosingStamp(line.Text) is { } closing)
            {
                // "*Resolved* - This incident has been resolved. {{< track "2025-07-13 19:37:37" >}}": an update closed on its own line.
                Close();
                var closed = new EventBuilder(closing.Stamp, carriedDate, line.Number, underHeading: false);
                closed.Add(closing.Message, line.Number);
                events.Add(closed.Build());
                pending.Clear();
                statusLine = null;
                continue;
            }

            if (lead is null && StampAfterWord(line) is { } stamp)
            {
                if (pending.Count > 0 && !Paragraphs.IsBullet(line) && !isHeading)
                {
                    CloseMessage(stamp, line);
                    continue;
                }

                // "- investigating May 11, 2021, 02:35 AM UTC" as a list item or heading: the stamp heads the message below it.
                Close();
                current = new EventBuilder(stamp, carriedDate, line.Number, underHeading: false);
                current.Add(line.Text[..stamp.Start].Trim().TrimStart('-', '*', '+', '#', ' '), line.Number);
                pending.Clear();
                continue;
            }

            if (current is not null && !isHeading)
            {
                current.Add(line.Content.Trim(), line.Number);
                continue;
            }

            Close();
            if (!isHeading)
            {
                pending.Add(line);
            }
        }

        Close();
        return InOrder(events);
    }

    private static bool ContinuesSentence(SourceLine? above, bool aboveLed, SourceLine line)
    {
        if (above is null || aboveLed || above.IsBlank || line.Content.StartsWith('#') || Paragraphs.IsBullet(line) || above.WordCount < MinWrappedWords
            || above.Content.StartsWith('#') || char.IsAsciiDigit(above.Content[0]) || Paragraphs.IsBullet(above))
        {
            return false;
        }

        var end = above.Content.TrimEnd();
        return end.Length > 0 && (char.IsLetter(end[^1]) || end[^1] == ',') && char.IsLower(end[end.LastIndexOf(' ') + 1]);
    }

    /// <summary>
    /// The time that leads a line, also after a status update's word ("**Update: 18:52** We …", "Resolved 21:18 –
    /// …", "EDIT 2:30pm:"). The word is kept for the event's text when it says something ("Resolved"), not when
    /// it only marks an update.
    /// </summary>
    private static (TimeExpression? Lead, string? StatusWord) LeadOf(string text)
    {
        if (TimeExpressions.Leading(text) is { } lead)
        {
            return (lead, null);
        }

        if (!StatusLead().IsMatch(text))
        {
            return (null, null);
        }

        var word = StatusLead().Match(text);
        if (!word.Success || TimeExpressions.Leading(text[word.Length..]) is not { TimeOfDay: not null } after)
        {
            return (null, null);
        }

        var said = word.Groups["word"].Value;
        var kept = said.StartsWith("upd", StringComparison.OrdinalIgnoreCase) || said.StartsWith("edit", StringComparison.OrdinalIgnoreCase) ? null : said;
        return (after with { Start = after.Start + word.Length }, kept);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s{0,8}(?:[-*+]\s{1,4})?[*_]{0,3}(?<word>updates?|updated|edit(?:ed)?|investigating|identified|monitoring|mitigated|resolved|fixed|verifying|completed)[*_]{0,3}\s{0,2}[:\-\u2013\u2014]?\s{0,3}", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex StatusLead();

    /// <summary>
    /// A status page's publication stamp, alone on its line after the update it publishes ("Posted May 28, 2025 -
    /// 22:18 UTC", "Published Jun 2, 09:15 EDT"): it closes what is above it, never heads what is below.
    /// </summary>
    public static TimeExpression? PostStamp(SourceLine line)
    {
        var content = line.Content.AsSpan().TrimStart(" *_");
        return (content.StartsWith("posted ", StringComparison.OrdinalIgnoreCase) || content.StartsWith("published ", StringComparison.OrdinalIgnoreCase))
            && line.Text.Length < 120 && StampAfterWord(line) is { } stamp ? stamp : null;
    }

    /// <summary>
    /// An update that carries its stage word first and its date and time last, on one line, the stamp perhaps
    /// wrapped in a site generator's shortcode ("*Monitoring* - Systems are back. {{&lt; track "2025-07-13 18:55:30" &gt;}}").
    /// </summary>
    private static (TimeExpression Stamp, string Message)? ClosingStamp(string text)
    {
        if (text.Length > MaxLineLength || !StatusLead().IsMatch(text))
        {
            return null;
        }

        var word = StatusLead().Match(text);
        if (!word.Success || word.Length == 0)
        {
            return null;
        }

        var unwrapped = TrailingShortcode().Replace(text, "${arg}").TrimEnd();
        if (TimeExpressions.FindAll(unwrapped).LastOrDefault() is not { Date: not null, TimeOfDay: not null } stamp || stamp.End < unwrapped.Length || stamp.Start <= word.Length)
        {
            return null;
        }

        var message = unwrapped[word.Length..stamp.Start].Trim();
        return message.Length == 0 ? null : (stamp, $"{word.Groups["word"].Value}: {message}");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{[<%]\s*[\w./-]+\s+""?(?<arg>[^""{}]{4,40})""?\s*[%>]\}\}\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex TrailingShortcode();

    /// <summary>A status page's word for the stage of an update, standing alone as its heading ("Resolved", "Investigating", "Update").</summary>
    public static bool IsUpdateStatus(string heading) => heading.Length <= MaxUpdateStatusLength && UpdateStatus().IsMatch(heading.AsSpan().Trim().Trim("*_ "));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:investigating|identified|monitoring|mitigated|resolved|updated?|completed|scheduled|in progress|verifying|postmortem|post-mortem)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex UpdateStatus();

    private static TimeExpression? StampAfterWord(SourceLine line)
    {
        var stamp = TimeExpressions.Trailing(line.Text);
        // "Posted Jun 2, 2024 - 09:15 UTC": a stamp that is nearly the whole line, after at most a word or two.
        return stamp is { TimeOfDay: not null } && CountWords(line.Text[..stamp.Start]) <= 2 && RestAfter(line.Text, stamp).Length == 0 ? stamp : null;
    }

    /// <summary>The words after the expression, without the separators and markup between ("** – ", ": ", " ###").</summary>
    private static string RestAfter(string text, TimeExpression expression)
    {
        var rest = text[Math.Min(text.Length, expression.End)..];
        rest = rest.TrimStart(' ', '*', '_', ')', ']', '|', ':', '-', '\u2013', '\u2014', ',', '.', '\t', '\\');
        rest = rest.TrimEnd(' ', '#', '*', '_', '\t');
        return rest.Trim();
    }

    // "Between 16:02 and 17:48 UTC, outbound SMS was delayed …": a range in words that opens a sentence is prose.
    private static bool OpensSentence(string text, TimeExpression lead) =>
        lead.Kind == TimeExpressionKind.Range && char.IsLetter(text[lead.Start]) && lead.End < text.Length && text[lead.End] == ',';

    // "2019-03-03: …", "2019-03-03 – …": a date set apart from the words after it heads an entry; "On 2019-03-03 the site …" is prose.
    private static bool SeparatedAfter(string text, TimeExpression expression)
    {
        var after = text.AsSpan(Math.Min(text.Length, expression.End)).TrimStart(" *_)]");
        return after.Length > 0 && after[0] is ':' or '-' or '\u2013' or '\u2014' or '|';
    }

    private static string DateText(DateOnly date, bool yearStated) =>
        date.ToString(yearStated ? "yyyy-MM-dd" : "MMM d", CultureInfo.InvariantCulture);

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Start(TimeExpression lead, (string Text, DateOnly Date)? carried)
    {
        var text = lead.Kind == TimeExpressionKind.Range ? Clock(lead.Date, lead.TimeOfDay, lead.Zone) : lead.Text.Trim();
        return lead.Date is null && carried is { } date ? $"{date.Text.Trim().TrimEnd(',', ':')} {text}" : text;
    }

    private static string? End(TimeExpression lead) =>
        lead.Kind == TimeExpressionKind.Range && lead.EndTimeOfDay is not null ? Clock(lead.EndDate, lead.EndTimeOfDay, lead.Zone) : null;

    /// <summary>A moment as the timeline writes it: "2024-05-06 14:05 UTC", "14:05".</summary>
    internal static string Clock(DateOnly? date, TimeSpan? time, ZoneReading? zone)
    {
        var clock = time is { } t ? $"{(int)t.TotalHours % 24:00}:{t.Minutes:00}" : "";
        var day = date is { } d ? d.ToString("yyyy-MM-dd ", CultureInfo.InvariantCulture) : "";
        return $"{day}{clock}{(zone is null ? "" : " " + zone.Written)}".Trim();
    }

    /// <summary>Oldest first: a log whose stamps mostly go back in time (a status page's history) is reversed.</summary>
    private static List<TimedEvent> InOrder(List<(TimedEvent Event, Instant Key)> events)
    {
        int ascending = 0, descending = 0;
        for (var i = 1; i < events.Count; i++)
        {
            var (a, b) = (events[i - 1].Key, events[i].Key);
            if (a.Time is null || b.Time is null || (a.Date is null) != (b.Date is null))
            {
                continue;
            }

            var order = (a.Date ?? default).CompareTo(b.Date ?? default) is var byDate and not 0 ? byDate : a.Time.Value.CompareTo(b.Time.Value);
            ascending += order < 0 ? 1 : 0;
            descending += order > 0 ? 1 : 0;
        }

        var ordered = events.Select(e => e.Event).ToList();
        if (descending >= 2 && descending > ascending)
        {
            ordered.Reverse();
        }

        return ordered;
    }

    /// <summary>When an entry happened as far as its stamp (and a date carried from above) says, for putting entries in order.</summary>
    private readonly record struct Instant(DateOnly? Date, TimeSpan? Time);

    private sealed class EventBuilder(TimeExpression stamp, (string Text, DateOnly Date)? carriedDate, int firstLine, bool underHeading)
    {
        private readonly List<string> parts = [];
        private readonly int first = firstLine;
        private int last = firstLine;

        public bool UnderHeading { get; } = underHeading;

        private int firstTextLine = -1;

        public void Add(string text, int line)
        {
            if (text.Length > 0)
            {
                firstTextLine = firstTextLine < 0 ? line : firstTextLine;
                parts.Add(InlineMarkup.ToPlain(text));
            }

            last = Math.Max(last, line);
        }

        public (TimedEvent, Instant) Build()
        {
            var text = EntryText.Join(parts, titled: first == firstTextLine).TrimStart(':', '-', '\u2013', '\u2014', ' ');
            var timelineEvent = new TimelineEvent
            {
                Start = Start(stamp, carriedDate),
                End = End(stamp),
                Text = text,
                Kind = TimelineLines.MarkerKind(text) ?? EventKindClassifier.Classify(text),
            };
            return (new TimedEvent(timelineEvent, new SourceSpan(first, last)), new Instant(stamp.Date ?? carriedDate?.Date, stamp.TimeOfDay));
        }
    }
}
