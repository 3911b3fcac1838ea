using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>
/// A log of time ranges ("22:50–00:40 (1 hour and 50 minutes): …") after a preface. Scored by the share of
/// lines that are ranges; needs three. Ranges may overlap and stated durations may disagree: both are kept
/// as written for the timeline analysis to judge.
/// </summary>
public sealed class TimeLogReader : IShapeReader
{
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

        return ranges < 3 ? 0 : 0.5 + (0.45 * ranges / lines);
    }

    public void Extract(ReadContext context)
    {
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
