using System.Globalization;
using System.Text;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Draws a <see cref="TimelineLayout"/> as an SVG Gantt chart: an axis of wall-clock ticks, dashed lines at
/// midnights, a row of milestone diamonds, one lane per parallel track, vague ends as pale whiskers, events
/// with findings outlined in red, gaps shaded, and the findings written out underneath. Computes nothing
/// about the timeline; every string is escaped so the output is always well-formed XML.
/// </summary>
public static class SvgGanttRenderer
{
    private const double Width = 1200, Left = 24, Right = 24, Top = 52, AxisHeight = 22, MilestoneRow = 50, LaneHeight = 28, BarHeight = 18;
    private const double CharWidth = 6.4;

    private static readonly Dictionary<string, string> KindColours = new(StringComparer.Ordinal)
    {
        ["impact"] = "#f4a3a3",
        ["detection"] = "#ffd08a",
        ["acknowledgement"] = "#ffe9a8",
        ["diagnosis"] = "#a9c8f0",
        ["mitigation"] = "#9ed9a7",
        ["resolution"] = "#5fbf74",
        ["decision"] = "#c9b3e6",
        ["communication"] = "#a8dde0",
        ["waiting"] = "#d9d9d9",
        ["other"] = "#e8e2d5",
    };

    public static string Render(TimelineLayout layout, string title)
    {
        var plot = Width - Left - Right;
        double Px(double minutes) => Left + (layout.TotalMinutes <= 0 ? 0 : minutes / layout.TotalMinutes * plot);
        var lanesTop = Top + AxisHeight + MilestoneRow;
        var lanesBottom = lanesTop + Math.Max(layout.LaneCount, 1) * LaneHeight;
        var notes = NoteLines(layout);
        var height = lanesBottom + 36 + notes.Count * 16 + 16;

        var svg = new StringBuilder(4096 + layout.Bars.Count * 400);
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{N(Width)}" height="{N(height)}" viewBox="0 0 {N(Width)} {N(height)}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="100%" height="100%" fill="#ffffff"/>""").Append('\n');
        Text(svg, Left, 20, $"{title} · times in {layout.DisplayZone}", "font-size=\"14\" font-weight=\"bold\"");

        foreach (var gap in layout.Gaps)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(Px(gap.X))}" y="{N(lanesTop)}" width="{N(Px(gap.X + gap.Width) - Px(gap.X))}" height="{N(lanesBottom - lanesTop)}" fill="#fbe3e3" opacity="0.7"/>""").Append('\n');
            var gapLabel = $"gap {MinutesText.Short(gap.Width)}";
            if (Px(gap.X + gap.Width) - Px(gap.X) > (gapLabel.Length + 1) * CharWidth)
            {
                Text(svg, Px(gap.X) + 3, lanesBottom + 12, gapLabel, "fill=\"#b22222\" font-size=\"10\"");
            }
        }

        foreach (var tick in layout.Ticks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(Px(tick.X))}" y1="{N(Top + AxisHeight - 4)}" x2="{N(Px(tick.X))}" y2="{N(lanesBottom)}" stroke="#e4e4e4"/>""").Append('\n');
            Text(svg, Px(tick.X), Top + 10, tick.Label, "text-anchor=\"middle\" fill=\"#555\"");
        }

        foreach (var day in layout.DayBoundaries)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(Px(day.X))}" y1="{N(Top - 8)}" x2="{N(Px(day.X))}" y2="{N(lanesBottom + 4)}" stroke="#333" stroke-dasharray="5,3"/>""").Append('\n');
            Text(svg, Px(day.X) + 4, Top - 10, $"midnight · {day.Label}", "font-weight=\"bold\" fill=\"#333\"");
        }

        DrawMilestones(svg, layout, Px, Top + AxisHeight);
        foreach (var bar in layout.Bars)
        {
            DrawBar(svg, bar, Px, lanesTop + bar.Lane * LaneHeight + (LaneHeight - BarHeight) / 2);
        }

        var y = lanesBottom + 32;
        foreach (var (line, bold) in notes)
        {
            Text(svg, Left, y, line, bold ? "font-weight=\"bold\" fill=\"#b22222\"" : "fill=\"#333\"");
            y += 16;
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static void DrawMilestones(StringBuilder svg, TimelineLayout layout, Func<double, double> px, double rowTop)
    {
        var centre = rowTop + 14;
        var ordered = layout.Milestones.OrderBy(m => m.X).ToList();
        var labelEnds = new List<double> { double.MinValue };
        for (var i = 0; i < ordered.Count; i++)
        {
            var milestone = ordered[i];
            var x = px(milestone.X);
            svg.Append(CultureInfo.InvariantCulture, $"""<path d="M {N(x)} {N(centre - 7)} L {N(x + 7)} {N(centre)} L {N(x)} {N(centre + 7)} L {N(x - 7)} {N(centre)} Z" fill="#222"><title>{XmlText.Escape($"{milestone.Label} (event {milestone.Event})")}</title></path>""").Append('\n');

            // Labels go left of diamonds near the right edge; a label that would run over a later diamond, or
            // over another label, drops to a row below the diamonds.
            var label = milestone.Label;
            var labelWidth = label.Length * CharWidth;
            var leftward = x + 10 + labelWidth > Width - Right;
            var from = leftward ? x - 10 - labelWidth : x - 2;
            var to = leftward ? x + 8 : x + 10 + labelWidth;
            var hitsDiamond = ordered.Where((m, j) => j != i).Any(m => px(m.X) + 8 > from && px(m.X) - 8 < to);
            var row = labelEnds.FindIndex(1, end => end < from);
            if (!hitsDiamond && labelEnds[0] < from)
            {
                row = 0;
            }
            else if (row < 0)
            {
                row = labelEnds.Count;
                labelEnds.Add(0);
            }

            labelEnds[row] = to;
            var anchor = leftward ? " text-anchor=\"end\"" : "";
            Text(svg, leftward ? x - 9 : x + 9, centre + 4 + row * 12, label, $"font-size=\"10\" fill=\"#222\"{anchor}");
        }
    }

    private static void DrawBar(StringBuilder svg, LayoutBar bar, Func<double, double> px, double y)
    {
        var fill = KindColours.GetValueOrDefault(bar.Kind, "#e8e2d5");
        var stroke = bar.Flagged ? "stroke=\"#d62728\" stroke-width=\"2\"" : "stroke=\"#7a7a7a\" stroke-width=\"0.6\"";
        var title = XmlText.Escape($"#{bar.Event} {bar.TimeLabel} {bar.Kind}: {bar.Label}" + (bar.Flagged ? $" [{string.Join(", ", bar.FindingKinds)}]" : ""));
        var x = px(bar.X);
        if (bar.EarliestX < bar.X || bar.LatestEndX > bar.X + bar.Width)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(px(bar.EarliestX))}" y="{N(y + BarHeight / 2 - 2)}" width="{N(px(bar.LatestEndX) - px(bar.EarliestX))}" height="4" fill="{fill}" opacity="0.9" stroke="#999" stroke-width="0.5"/>""").Append('\n');
        }

        double textX;
        if (bar.IsMoment)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(x)}" cy="{N(y + BarHeight / 2)}" r="5" fill="{fill}" {stroke}><title>{title}</title></circle>""").Append('\n');
            textX = x + 8;
        }
        else
        {
            var w = Math.Max(px(bar.X + bar.Width) - x, 2);
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(x)}" y="{N(y)}" width="{N(w)}" height="{N(BarHeight)}" rx="3" fill="{fill}" {stroke}><title>{title}</title></rect>""").Append('\n');
            textX = x + 4;
        }

        var label = $"{(bar.Flagged ? "! " : "")}#{bar.Event} {bar.TimeLabel} {bar.Label}";
        var colour = bar.Flagged ? "fill=\"#8b0000\"" : "fill=\"#1a1a1a\"";
        var leftRoom = px(bar.X) - px(bar.LabelX) - 8;
        var rightRoom = Math.Min(px(bar.LabelX + bar.Slot), Width - Right) - textX - 4;
        if (bar.LabelX < bar.X && leftRoom > rightRoom)
        {
            // Near the right edge: the label ends just before the event instead of running off the chart.
            Text(svg, x - (bar.IsMoment ? 8 : 4), y + BarHeight / 2 + 4, XmlText.Clip(label, (int)(leftRoom / CharWidth)), colour + " text-anchor=\"end\"");
            return;
        }

        Text(svg, textX, y + BarHeight / 2 + 4, XmlText.Clip(label, (int)(rightRoom / CharWidth)), colour);
    }

    private static List<(string Line, bool Bold)> NoteLines(TimelineLayout layout)
    {
        var lines = new List<(string, bool)>();
        var perLine = (int)((Width - Left - Right) / CharWidth);
        foreach (var note in layout.Findings)
        {
            var events = note.Events.Count == 0 ? "" : $" (events {string.Join(", ", note.Events)})";
            var words = $"{note.Kind}{events}: {note.Message}".Split(' ');
            var current = new StringBuilder();
            var first = true;
            foreach (var word in words)
            {
                if (current.Length + word.Length + 1 > perLine && current.Length > 0)
                {
                    lines.Add((current.ToString(), first));
                    first = false;
                    current.Clear().Append("    ");
                }

                current.Append(current.Length is 0 or 4 ? "" : " ").Append(word);
            }

            lines.Add((current.ToString(), first));
        }

        return lines;
    }

    private static void Text(StringBuilder svg, double x, double y, string text, string attributes) =>
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(x)}" y="{N(y)}" {attributes}>{XmlText.Escape(text)}</text>""").Append('\n');

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
