using System.Globalization;
using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading.Shapes;
using IncidentLearn.Core.Text;
using IncidentLearn.Core.Time;

namespace IncidentLearn.Core.Reading.Timeline;

/// <summary>
/// Events told in prose, for a write-up with no timeline of its own: a sentence that says when something
/// happened ("I was paged at 3:40 PM", "At 19:47 the trouble started", "By 5:10 PM it was empty"), and a step
/// from the event before it ("About 25 minutes later, Yusuf messaged me"). A time the sentence sets as a
/// deadline, a promise or a habit ("before the 18:00 cut-off", "the next update will be at 10:00", "we
/// usually deploy at 9 AM") is not an event. Paragraphs are read whole, so a hard-wrapped sentence is one.
/// </summary>
public static partial class ProseTimes
{
    private const int MaxParagraphLength = 20_000;
    private const int MaxLeadIn = 40;

    public static List<TimedEvent> Read(IReadOnlyList<SourceLine> lines) => Read(lines, i => Labels.LabelParser.Parse(lines[i]));

    /// <summary>As <see cref="Read(IReadOnlyList{SourceLine})"/>, with the labels a read has already parsed (<see cref="ReadContext.LabelAt"/>).</summary>
    public static List<TimedEvent> Read(IReadOnlyList<SourceLine> lines, Func<int, Labels.LabelMatch?> labelAt)
    {
        var events = new List<TimedEvent>();
        TimeSpan? previous = null;
        var previousTwelveHour = false;
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].IsBlank)
            {
                i++;
                continue;
            }

            // A status page's "Posted …" stamp says when the page was written, not when anything happened.
            if (TimedBlocks.PostStamp(lines[i]) is not null)
            {
                i++;
                continue;
            }

            // A line that starts with a label or a list number starts a paragraph of its own, blank line or not
            // ("1. Tell me about a time …" then "S – Situation" then the story).
            var start = i;
            do
            {
                i++;
            }
            while (i < lines.Count && !lines[i].IsBlank && TimedBlocks.PostStamp(lines[i]) is null && !Labels.Paragraphs.IsBullet(lines[i]) && labelAt(i) is null);

            // A list's items are not told sentences: bullets led by a time are the block reader's.
            if (Labels.Paragraphs.IsBullet(lines[start]))
            {
                continue;
            }

            var (text, lineStarts) = Paragraph(lines, start, i, labelAt);
            if (text.Length > MaxParagraphLength)
            {
                continue;
            }

            var cursor = 0;
            foreach (var sentence in Sentences.Split(text))
            {
                var at = text.IndexOf(sentence, cursor, StringComparison.Ordinal);
                at = at < 0 ? cursor : at;
                cursor = at + sentence.Length;
                if (EventIn(sentence, previous, previousTwelveHour) is not { } found)
                {
                    continue;
                }

                previous = found.Time;
                previousTwelveHour = found.TwelveHour;
                var source = new SourceSpan(LineAt(lines, start, lineStarts, at), LineAt(lines, start, lineStarts, Math.Max(at, cursor - 1)));
                var plain = InlineMarkup.ToPlain(sentence.Trim());
                events.Add(new TimedEvent(
                    new TimelineEvent { Start = found.Start, Text = plain, Kind = TimelineLines.MarkerKind(plain) ?? EventKindClassifier.Classify(plain) },
                    source));
            }
        }

        return events;
    }

    private static (string Start, TimeSpan Time, bool TwelveHour)? EventIn(string sentence, TimeSpan? previous, bool previousTwelveHour)
    {
        // Most sentences name no clock: a cheap look first, the full recogniser only where a time may be, from a
        // few words before the first clock ("Tuesday 9 March at 14:05") unless a step ("25 minutes later") may come first.
        var mayStep = previous is not null && Later().IsMatch(sentence);
        var clock = ClockLike().Match(sentence);
        if (sentence.Length > 600 || (!mayStep && !clock.Success) || Unreal().IsMatch(sentence) || LabelledTime().IsMatch(sentence))
        {
            return null;
        }

        var scanFrom = mayStep || clock.Index <= MaxLeadIn ? 0 : sentence.LastIndexOf(' ', clock.Index - MaxLeadIn) + 1;
        foreach (var expression in TimeExpressions.Scan(sentence, scanFrom))
        {
            var before = sentence.AsSpan(0, expression.Start);
            if (expression.TimeOfDay is { } time && expression.Kind is not TimeExpressionKind.Relative)
            {
                // "Between 09:40 and 15:05 pipelines failed", "from 22:40 to 23:25": a window is a key figure, not an event.
                if (NotYetBefore().IsMatch(before) || expression.Kind == TimeExpressionKind.Range || WindowOpens().IsMatch(before))
                {
                    return null;
                }

                return (expression.Text.Trim(), time, TwelveHour().IsMatch(expression.Text));
            }

            // "About 25 minutes later, …": a step from the event before, when there is one.
            if (expression is { Kind: TimeExpressionKind.Relative, RelativeOffset: { } offset } && offset > TimeSpan.Zero && previous is { } from && Later().IsMatch(expression.Text))
            {
                var stepped = TimeSpan.FromMinutes((from + offset).TotalMinutes % (24 * 60));
                return (Clock(stepped, previousTwelveHour), stepped, previousTwelveHour);
            }
        }

        return null;
    }

    private static string Clock(TimeSpan time, bool twelveHour) =>
        twelveHour
            ? new DateTime(2000, 1, 1).Add(time).ToString("h:mm tt", CultureInfo.InvariantCulture)
            : $"{time.Hours:00}:{time.Minutes:00}";

    private static (string Text, List<int> LineStarts) Paragraph(IReadOnlyList<SourceLine> lines, int from, int to, Func<int, Labels.LabelMatch?> labelAt)
    {
        var builder = new System.Text.StringBuilder();
        var starts = new List<int>(to - from);
        for (var k = from; k < to; k++)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            // "R - Result: Bookings recovered by 08:20.": the label names the part; the event is what it says.
            starts.Add(builder.Length);
            var line = lines[k];
            builder.Append(labelAt(k) is { } label && label.RestStart <= line.Text.Length ? line.Text[label.RestStart..].Trim() : line.Content.Trim());
        }

        return (builder.ToString(), starts);
    }

    private static int LineAt(IReadOnlyList<SourceLine> lines, int from, List<int> starts, int offset)
    {
        var k = starts.BinarySearch(offset);
        k = k >= 0 ? k : Math.Max(0, ~k - 1);
        return lines[from + k].Number;
    }

    // A time set as a deadline, a promise or a habit, said before it in the sentence.
    [GeneratedRegex(@"\b(?:before|deadline|cut-?off|will|would|should|must|next update|every|each|usually|normally|typically|scheduled|planned|expect(?:ed)?|within|no later than|next|not)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NotYetBefore();

    // A sentence about what did not happen or what is generally true ("If the job runs at 02:00 …").
    [GeneratedRegex(@"^\s*(?:if|unless|whenever)\b|\bcut-?off\b|\bdeadline\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Unreal();

    // "Beginning of the meeting: 17:00 CET.", "Next review: Thursday 15:00": a field's value, not a told event.
    [GeneratedRegex(@"^\s*[^.:]{1,40}:\s*[^\s]{0,12}\s?\d{1,2}[:.h]\d{2}[^.]{0,12}\.?\s*$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex LabelledTime();

    [GeneratedRegex(@"\b(?:from|between|since)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex WindowOpens();

    // "14:05", "2.40", "13h05", "3 PM", "3pm", "noon", "midnight": where a clock may be.
    [GeneratedRegex(@"\d[:.h]\d\d|\d\s?(?:am|pm|a\.m|p\.m)\b|\b(?:noon|midnight)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ClockLike();

    [GeneratedRegex(@"\b(?:later|after)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Later();

    [GeneratedRegex(@"(?:am|pm|a\.m\.|p\.m\.)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TwelveHour();
}
