using IncidentLearn.Core.Reading.Shapes;
using IncidentLearn.Core.Time;

namespace IncidentLearn.Core.Reading.Timeline;

/// <summary>
/// After a shape reader has run: when it found no timeline, the events the text carries in any block (a
/// status-page history, dated headings, bullets led by times) become the timeline, else those its sentences
/// tell ("I was paged at 3:40 PM"); and a zone the text
/// declares ("(all times UTC)", "All times Pacific") becomes the record's zone when it has none.
/// </summary>
public static class TimelineFinder
{
    private const int MinEvents = 2;

    public static void Apply(ReadContext context, string shape)
    {
        var record = context.Record;
        if (record.Timeline.Count == 0 && shape is not (ShapeNames.ChatLog or ShapeNames.TimeLog))
        {
            var found = context.TimedBlocks;
            if (found.Count >= MinEvents)
            {
                record.Timeline.AddRange(found.Select(f => f.Event));
                foreach (var timed in found)
                {
                    for (var line = timed.Source.Line; line <= timed.Source.EndLine; line++)
                    {
                        context.Consume(context.Lines[line - 1]);
                    }
                }
            }
            else
            {
                // No log at all: the times the story tells in its sentences ("I was paged at 3:40 PM").
                record.Timeline.AddRange(ProseTimes.Read(context.Lines, context.LabelAt).Select(e => e.Event));
            }
        }

        StatedImpactWindow.Apply(record);

        if (record.TimeZone is null && DeclaredZone(context) is { } zone)
        {
            record.TimeZone = zone;
        }

        // No declaration, but the stamps say it: "Posted Jun 2, 2024 - 09:15 EDT" on most entries.
        if (record.TimeZone is null && ZoneOfStamps(record.Timeline) is { } stamped)
        {
            record.TimeZone = stamped;
        }
    }

    private static string? ZoneOfStamps(IReadOnlyList<Incidents.TimelineEvent> timeline)
    {
        if (timeline.Count < MinEvents)
        {
            return null;
        }

        var written = timeline
            .Select(e => TimeExpressions.FindAll(e.Start).LastOrDefault(x => x.Zone is not null)?.Zone?.Written)
            .OfType<string>()
            .GroupBy(z => z, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        return written is not null && written.Count() * 2 >= timeline.Count ? written.Key : null;
    }

    private static string? DeclaredZone(ReadContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Text.Length >= 2_000)
            {
                continue;
            }

            // A declaration wrapped onto the next line ("… all events are in ⏎ UTC.") is read across the break.
            var text = line.Text;
            if (i + 1 < lines.Count && !lines[i + 1].IsBlank && text.Length > 0 && char.IsLetter(text[^1]) && lines[i + 1].Text.Length < 2_000)
            {
                text = $"{text} {lines[i + 1].Content}";
            }

            if (TimeExpressions.ZoneDeclaration(text) is { } declaration)
            {
                return declaration.Zone.ToZoneId();
            }
        }

        return null;
    }
}
