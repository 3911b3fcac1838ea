using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>
/// A log: time ranges ("22:50–00:40 (1 hour and 50 minutes): …") after a preface, or entries in any other timed
/// form that make up most of the text (a status page's updates, each closed by its stamp). Scored by the share
/// of lines that are entries; needs three. Ranges may overlap and stated durations may disagree: both are kept
/// as written for the timeline analysis to judge.
/// </summary>
public sealed class TimeLogReader : IShapeReader
{
    private const int MinEntries = 3;
    private const double MinEntryShare = 0.5;
    private const double MaxEntriesScore = 0.66;

    public string Shape => ShapeNames.TimeLog;

    public double Score(ReadContext context)
    {
        var ranges = 0;
        var lines = 0;
        foreach (var line in context.NonBlank)
        {
            lines++;
            ranges += TimelineLines.ParseRange(line) is null ? 0 : 1;
        }

        if (ranges >= MinEntries)
        {
            return 0.5 + (0.45 * ranges / lines);
        }

        // Other timed entries count when they are most of the text; capped below a post-mortem template's score,
        // since a post-mortem's timeline section may be long too.
        // A story told under time headings ("### 2:40 AM") is a narrative, not a log: only entries led by a time on their own line count.
        var entries = context.TimedBlocks.Where(e => !context.Lines[e.Source.Line - 1].Content.StartsWith('#')).ToList();
        var parts = PostmortemReader.TemplateParts(context);
        if (entries.Count > 0 && (parts > 1 && UnderTimelineLabel(context, entries[0].Source.Line - 1) || parts >= PostmortemReader.MinTemplateParts))
        {
            // Entries under a "Timeline" heading beside other parts are one section of a larger write-up; so are a
            // status page's updates under the postmortem it carries ("Summary", "Root cause", "Next steps"): its
            // history. Under an "Update timeline" heading alone, they are the log itself.
            return 0;
        }

        // The share is of the text, not of its lines: a status page that carries a postmortem has a few short
        // updates under long paragraphs of summary and impact, and is a post-mortem with a history.
        var textLength = context.NonBlank.Sum(l => l.Content.Length);
        var entryLength = entries.Sum(e => Enumerable.Range(e.Source.Line, e.Source.EndLine - e.Source.Line + 1).Sum(n => context.Lines[n - 1].Content.Length));
        var share = textLength == 0 ? 0 : (double)entryLength / textLength;
        return entries.Count < MinEntries || share < MinEntryShare ? 0 : Math.Min(MaxEntriesScore, 0.3 + (0.45 * share));
    }

    public void Extract(ReadContext context)
    {
        if (!context.NonBlank.Any(l => TimelineLines.ParseRange(l) is not null))
        {
            ExtractEntries(context);
            return;
        }

        var record = context.Record;
        var lines = context.Lines;
        int firstEntry = -1, lastEntry = -1;
        TimelineEvent? previous = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (TimelineLines.ParseRange(lines[i]) is { } entry)
            {
                record.Timeline.Add(entry);
                context.Consume(lines[i]);
                previous = entry;
                firstEntry = firstEntry < 0 ? i : firstEntry;
                lastEntry = i;
            }
            else if (previous is not null && !lines[i].IsBlank && lines[i].Indent > 0)
            {
                // An indented line under an entry continues it.
                previous.Text = $"{previous.Text} {lines[i].Content.Trim()}";
                context.Consume(lines[i]);
            }
            else
            {
                previous = null;
            }
        }

        ReadPreface(context, firstEntry);
        ReadAfterword(context, lastEntry + 1);
        record.Title = record.Title.Length > 0 ? record.Title : TitleMaker.FromText(record.Summary ?? record.Timeline.FirstOrDefault()?.Text);
    }

    /// <summary>Entries in other timed forms: the timeline from them; before them the title and any prose; after them labelled parts.</summary>
    private static void ExtractEntries(ReadContext context)
    {
        var entries = context.TimedBlocks;
        var record = context.Record;
        foreach (var entry in entries)
        {
            record.Timeline.Add(entry.Event);
            for (var line = entry.Source.Line; line <= entry.Source.EndLine; line++)
            {
                context.Consume(context.Lines[line - 1]);
            }
        }

        var firstEntry = entries.Min(e => e.Source.Line) - 1;
        var lastEntry = entries.Max(e => e.Source.EndLine);
        // "Update timeline" above the entries names the log; it is not prose of the preface.
        for (var i = 0; i < firstEntry; i++)
        {
            if (context.LabelAt(i) is { Field: LabelField.Timeline } label && label.RestStart >= context.Lines[i].Text.TrimEnd().Length)
            {
                context.Consume(context.Lines[i]);
            }
        }

        // A log names its incident in the first short line above the entries that is no "Label: value" line
        // (a status page's own labels are dropped as noise before this).
        var preface = context.Lines.Take(firstEntry).ToList();
        if (TitleCleaner.TitleLineIn(preface) is { } title)
        {
            record.Title = TitleCleaner.Clean(WithoutZoneDeclaration(title.Content));
            context.Consume(title);
        }

        ReadPreface(context, firstEntry);
        ReadAfterword(context, lastEntry);
        record.Title = record.Title.Length > 0 ? record.Title : TitleMaker.FromText(record.Summary ?? record.Timeline.FirstOrDefault()?.Text);
    }

    private static bool UnderTimelineLabel(ReadContext context, int firstEntryIndex)
    {
        for (var i = 0; i < firstEntryIndex; i++)
        {
            if (context.LabelAt(i) is { Field: LabelField.Timeline })
            {
                return true;
            }
        }

        return false;
    }

    // "Incident log — search-api 502s (all times UTC)": the declaration belongs to the times, not the title.
    private static string WithoutZoneDeclaration(string title) =>
        Time.TimeExpressions.ZoneDeclaration(title) is { } declaration ? title.Remove(declaration.Start, declaration.Length).Trim() : title;

    private static void ReadPreface(ReadContext context, int firstEntry)
    {
        var preface = context.Lines.Take(firstEntry).Where(l => !l.IsBlank).ToList();
        StarLabelReader.ReadPreamble(context, preface);
        var prose = preface.Where(l => !context.IsConsumed(l.Number) && l.WordCount >= 4).ToList();
        if (prose.Count > 0)
        {
            context.Record.Summary = Paragraphs.Join(prose);
            context.Consume(prose);
        }
    }

    /// <summary>After the log, labelled prose ("Result:", "Lessons:") is read; anything else is left for the noise pass.</summary>
    internal static void ReadAfterword(ReadContext context, int from)
    {
        var (_, parts) = LabelledParts.Split(context, from, context.Lines.Count);
        foreach (var part in parts)
        {
            FieldFiller.Fill(context, part);
        }

        context.Texts.Flush();
    }
}
