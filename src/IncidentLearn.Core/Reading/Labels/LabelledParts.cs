namespace IncidentLearn.Core.Reading.Labels;

/// <summary>
/// Cuts a run of lines into labelled parts. A label indented deeper than the part it sits in stays inside it
/// (nested "Approach:" bullets under a follow-up question), so nesting is kept without a tree.
/// </summary>
public static class LabelledParts
{
    public static (List<SourceLine> Preamble, List<LabelledPart> Parts) Split(
        ReadContext context, int fromIndex, int toIndex, Func<LabelMatch, bool>? accept = null)
    {
        var preamble = new List<SourceLine>();
        var parts = new List<LabelledPart>();
        LabelledPart? current = null;
        var afterBlank = false;
        var closed = false;
        for (var i = fromIndex; i < toIndex; i++)
        {
            var line = context.Lines[i];
            var wasAfterBlank = afterBlank;
            afterBlank = line.IsBlank;
            var label = line.IsBlank ? null : context.LabelAt(i);
            if (label is not null && (accept?.Invoke(label) ?? true) && (current is null || label.Indent <= current.Label.Indent))
            {
                current = new LabelledPart(label, line);
                parts.Add(current);
                closed = false;
                continue;
            }

            // A short heading-like line after a blank ends the part: what follows is page, not answer.
            if (current is not null && !line.IsBlank && ((wasAfterBlank && IsStrayHeading(line, current)) || LeavesOutline(line, current)))
            {
                closed = true;
            }

            if (closed)
            {
                continue;
            }

            if (current is null)
            {
                preamble.Add(line);
            }
            else
            {
                current.Body.Add(line);
            }
        }

        foreach (var part in parts)
        {
            TrimTrailingBlanks(part.Body);
        }

        return (preamble, parts);
    }

    // Under a bulleted label, a line that is neither indented nor a bullet has left the outline.
    private static bool LeavesOutline(SourceLine line, LabelledPart current)
    {
        Paragraphs.StripBullet(line.Content, line.FoldedContent, out var isBullet);
        return current.Label.Bulleted && !isBullet && line.Indent <= current.Label.Indent;
    }

    private static bool IsStrayHeading(SourceLine line, LabelledPart current)
    {
        var content = line.Content;
        Paragraphs.StripBullet(content, line.FoldedContent, out var isBullet);
        return !isBullet && line.Indent <= current.Label.Indent && line.WordCount <= 6
            && content[^1] is not ('.' or '!' or '?' or ',' or ';' or ':' or ')');
    }

    private static void TrimTrailingBlanks(List<SourceLine> lines)
    {
        while (lines.Count > 0 && lines[^1].IsBlank)
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }
}
