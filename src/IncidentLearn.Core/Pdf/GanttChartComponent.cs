using IncidentLearn.Core.Timelines;
using PdfSharp.Drawing;

namespace IncidentLearn.Core.Pdf;

/// <summary>
/// Draws the timeline's <see cref="TimelineLayout"/> as a vector Gantt chart, the same picture as the SVG one: ticks,
/// dashed midnights, milestone diamonds, one lane per parallel track, vague ends as thin whiskers, events with findings
/// outlined in red, idle gaps shaded, and a legend of the kinds shown. It places nothing itself: x, widths, lanes and
/// label room all come from the layout.
/// </summary>
public sealed class GanttChartComponent(TimelineLayout layout, IReadOnlyList<string> legendKinds) : IPdfComponent
{
    private const double CaptionRow = 13, DayRow = 11, TickRow = 11, MilestoneRow = 24, LegendRow = 16;
    private static readonly XPen BarPen = new(XColor.FromArgb(0x7a, 0x7a, 0x7a), 0.5);
    private static readonly XPen FlagPen = new(PdfTheme.Warning, 1.4);
    private static readonly XPen TickPen = new(XColor.FromArgb(0xe4, 0xe4, 0xe4), 0.5);
    private static readonly XPen MidnightPen = new(XColor.FromArgb(0x33, 0x33, 0x33), 0.7) { DashStyle = XDashStyle.Dash };

    public void Compose(PdfComposer composer)
    {
        var fixedHeight = CaptionRow + (layout.DayBoundaries.Count > 0 ? DayRow : 0) + TickRow + MilestoneRow + LegendRow + 8;
        var lanes = Math.Max(layout.LaneCount, 1);
        // A timeline with very many parallel lanes is squeezed to one page rather than cut.
        var laneHeight = Math.Clamp((composer.Content.Height - fixedHeight) / lanes, 7, 17);
        composer.EnsureSpace(fixedHeight + lanes * laneHeight);

        var left = composer.Content.Left + 4;
        var right = composer.Content.Right - 4;
        double Px(double minutes) => left + (layout.TotalMinutes <= 0 ? 0 : minutes / layout.TotalMinutes * (right - left));
        var g = composer.Graphics;
        var y = composer.Y;
        composer.DrawLine($"Times in {layout.DisplayZone}; #n is the event's row in the table below.", PdfTheme.Tiny, PdfTheme.MutedBrush, composer.Content.Left, y);
        y += CaptionRow;
        var dayTop = y;
        if (layout.DayBoundaries.Count > 0)
        {
            y += DayRow;
        }

        foreach (var tick in layout.Ticks)
        {
            var label = tick.Label;
            var width = composer.Measure(label, PdfTheme.Tiny);
            var x = Math.Clamp(Px(tick.X) - width / 2, composer.Content.Left, composer.Content.Right - width);
            composer.DrawLine(label, PdfTheme.Tiny, PdfTheme.MutedBrush, x, y);
        }

        y += TickRow;
        var milestoneTop = y;
        var lanesTop = y + MilestoneRow;
        var lanesBottom = lanesTop + lanes * laneHeight;
        foreach (var gap in layout.Gaps)
        {
            g.DrawRectangle(new XSolidBrush(PdfTheme.WarningShade), Px(gap.X), lanesTop, Px(gap.X + gap.Width) - Px(gap.X), lanesBottom - lanesTop);
        }

        foreach (var tick in layout.Ticks)
        {
            g.DrawLine(TickPen, Px(tick.X), milestoneTop, Px(tick.X), lanesBottom);
        }

        foreach (var day in layout.DayBoundaries)
        {
            g.DrawLine(MidnightPen, Px(day.X), dayTop, Px(day.X), lanesBottom);
            var label = $"midnight · {day.Label}";
            var width = composer.Measure(label, PdfTheme.Tiny);
            composer.DrawLine(label, PdfTheme.Tiny, PdfTheme.InkBrush, Math.Min(Px(day.X) + 3, composer.Content.Right - width), dayTop);
        }

        DrawMilestones(composer, Px, milestoneTop);
        // A label may use its lane up to the next event there: the layout keeps lanes free of overlap, so that room is empty.
        var nextInLane = layout.Bars.GroupBy(b => b.Lane)
            .SelectMany(lane => lane.OrderBy(b => b.LabelX).Zip(lane.OrderBy(b => b.LabelX).Skip(1).Select(n => (double?)Math.Min(n.X, n.LabelX)).Append(null)))
            .ToDictionary(p => p.First.Event, p => p.Second);
        foreach (var bar in layout.Bars)
        {
            var laneEnd = nextInLane[bar.Event] is { } next ? Px(next) - 4 : right;
            DrawBar(composer, bar, Px, lanesTop + bar.Lane * laneHeight, laneHeight, laneEnd);
        }

        DrawLegend(composer, lanesBottom + 6);
        composer.Advance(lanesBottom + 6 + LegendRow - composer.Y);
    }

    private void DrawMilestones(PdfComposer composer, Func<double, double> px, double top)
    {
        var centre = top + 6;
        var rowEnds = new List<double> { double.MinValue };
        foreach (var milestone in layout.Milestones.OrderBy(m => m.X))
        {
            var x = px(milestone.X);
            var diamond = new XGraphicsPath();
            diamond.AddPolygon([new XPoint(x, centre - 5), new XPoint(x + 5, centre), new XPoint(x, centre + 5), new XPoint(x - 5, centre)]);
            composer.Graphics.DrawPath(PdfTheme.InkBrush, diamond);

            // Labels run right of the diamond, or left near the right edge; a label over another diamond or label drops a row.
            var width = composer.Measure(milestone.Label, PdfTheme.Tiny);
            var from = x + 7 + width > composer.Content.Right ? x - 7 - width : x + 7;
            var hitsDiamond = layout.Milestones.Any(m => m != milestone && px(m.X) + 6 > from && px(m.X) - 6 < from + width);
            var row = rowEnds.FindIndex(end => end < from);
            if (row == 0 && hitsDiamond)
            {
                row = rowEnds.FindIndex(1, end => end < from);
            }

            if (row < 0)
            {
                row = Math.Max(rowEnds.Count, hitsDiamond ? 1 : 0);
                while (rowEnds.Count <= row)
                {
                    rowEnds.Add(double.MinValue);
                }
            }

            rowEnds[row] = from + width + 4;
            composer.DrawLine(milestone.Label, PdfTheme.Tiny, PdfTheme.InkBrush, from, centre - 4.5 + Math.Min(row, 1) * 9.5);
        }
    }

    private static void DrawBar(PdfComposer composer, LayoutBar bar, Func<double, double> px, double laneTop, double laneHeight, double laneEnd)
    {
        var g = composer.Graphics;
        var barHeight = laneHeight * 0.68;
        var top = laneTop + (laneHeight - barHeight) / 2;
        var mid = top + barHeight / 2;
        var fill = new XSolidBrush(PdfTheme.KindColour(bar.Kind));
        var pen = bar.Flagged ? FlagPen : BarPen;
        var x = px(bar.X);
        if (bar.EarliestX < bar.X || bar.LatestEndX > bar.X + bar.Width)
        {
            g.DrawRectangle(fill, px(bar.EarliestX), mid - 1.2, px(bar.LatestEndX) - px(bar.EarliestX), 2.4);
        }

        double textX;
        if (bar.IsMoment)
        {
            var r = barHeight * 0.42;
            g.DrawEllipse(pen, fill, x - r, mid - r, 2 * r, 2 * r);
            textX = x + r + 2;
        }
        else
        {
            var w = Math.Max(px(bar.X + bar.Width) - x, 1.5);
            g.DrawRoundedRectangle(pen, fill, x, top, w, barHeight, 2, 2);
            textX = x + 2.5;
        }

        var font = laneHeight >= 12 ? PdfTheme.Tiny : new XFont(DejaVuFontResolver.Sans, Math.Max(laneHeight * 0.5, 4));
        var label = $"{(bar.Flagged ? "! " : "")}#{bar.Event} {bar.TimeLabel} {bar.Label}";
        var brush = bar.Flagged ? PdfTheme.WarningBrush : PdfTheme.InkBrush;
        var textTop = mid - PdfTheme.LineHeight(font) / 2 + 0.5;
        var leftRoom = x - px(bar.LabelX) - 4;
        var rightRoom = laneEnd - textX - 2;
        if (bar.LabelX < bar.X && leftRoom > rightRoom)
        {
            // Near the right edge the label ends just before the event, as in the SVG chart.
            var clipped = TextWrapper.Clip(composer, label, font, leftRoom);
            composer.DrawLine(clipped, font, brush, x - 3 - composer.Measure(clipped, font), textTop);
            return;
        }

        composer.DrawLine(TextWrapper.Clip(composer, label, font, rightRoom), font, brush, textX, textTop);
    }

    private void DrawLegend(PdfComposer composer, double top)
    {
        var x = composer.Content.Left;
        foreach (var kind in legendKinds)
        {
            var width = composer.Measure(kind, PdfTheme.Tiny) + 16;
            if (x + width > composer.Content.Right)
            {
                break;
            }

            composer.Graphics.DrawRectangle(BarPen, new XSolidBrush(PdfTheme.KindColour(kind)), x, top + 2, 8, 6);
            composer.DrawLine(kind, PdfTheme.Tiny, PdfTheme.InkBrush, x + 11, top);
            x += width;
        }

        if (layout.Bars.Any(b => b.Flagged) && x + 80 < composer.Content.Right)
        {
            composer.Graphics.DrawRectangle(FlagPen, XBrushes.White, x, top + 2, 8, 6);
            composer.DrawLine("has a finding", PdfTheme.Tiny, PdfTheme.WarningBrush, x + 11, top);
        }
    }
}
