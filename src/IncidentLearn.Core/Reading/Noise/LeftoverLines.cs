using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Noise;

/// <summary>
/// Judges the lines the chosen reader did not use. Outside the story, short heading-like lines, author bios and
/// titles among the footer are dropped; anything else is kept in the record's sections with a warning, because
/// a line we do not understand may still be part of the incident.
/// </summary>
public static partial class LeftoverLines
{
    private const int MaxHeadingAboveWords = 8;

    public static void Judge(ReadContext context, NoiseMarks marks)
    {
        var lines = context.Lines;
        var first = -1;
        var last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank && context.IsConsumed(lines[i].Number))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        var kept = new List<SourceLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || context.IsConsumed(line.Number))
            {
                Flush(context, kept);
                continue;
            }

            var outside = first < 0 || i < first || i > last;
            var reason = outside ? OutsideReason(context, marks, i, after: i > last && last >= 0) : null;
            if (reason is not null)
            {
                marks.Drop(i, DropKind.Leftover, reason);
                if (marks.IsDropped(i))
                {
                    Flush(context, kept);
                    continue;
                }
            }

            kept.Add(line);
        }

        Flush(context, kept);
    }

    private static string? OutsideReason(ReadContext context, NoiseMarks marks, int index, bool after)
    {
        var line = context.Lines[index];
        var content = line.Content.Trim();
        if (after && AuthorBio().IsMatch(content))
        {
            return "an author bio, not part of the story";
        }

        // "# Jan 22 - Session 1", "## 1. Production Incident" above the story head the page, not a part of the incident.
        if (!after && content.StartsWith('#') && line.WordCount <= MaxHeadingAboveWords)
        {
            return "a heading above the story (the page's structure)";
        }

        var headingLike = !content.Any(char.IsDigit) && content[^1] is not ('.' or '?' or '!' or ',' or ';');
        if (headingLike && line.WordCount <= 4)
        {
            return "a short line outside the story (page furniture)";
        }

        if (after && headingLike && line.WordCount <= 12 && NearDropped(marks, index))
        {
            return "a heading-like line among the page footer";
        }

        return null;
    }

    private static bool NearDropped(NoiseMarks marks, int index)
    {
        var lines = marks.Document.Lines;
        for (var j = Math.Max(0, index - 3); j < Math.Min(lines.Count, index + 4); j++)
        {
            if (j != index && marks.IsDropped(j))
            {
                return true;
            }
        }

        return false;
    }

    private static void Flush(ReadContext context, List<SourceLine> kept)
    {
        if (kept.Count == 0)
        {
            return;
        }

        var body = string.Join('\n', kept.Select(l => l.Content));
        context.Record.Sections.Add(new FreeSection { Heading = "Not understood", Body = body });
        var range = kept.Count == 1 ? $"Line {kept[0].Number} was" : $"Lines {kept[0].Number}-{kept[^1].Number} were";
        context.Warn($"{range} kept (in the record's sections) but not understood; check where {(kept.Count == 1 ? "it belongs" : "they belong")}: \"{NoiseMarks.Preview(kept[0].Content)}\".");
        kept.Clear();
    }

    [GeneratedRegex(@"^(?:[A-Z][\p{L}.'-]+ ){1,3}(?:is|was) (?:an? |the )?(?:[\p{L}-]+ ){0,4}(?:student|engineer|writer|editor|professor|lecturer|developer|researcher|consultant|author|journalist|founder|manager|architect|teacher|graduate)\b", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AuthorBio();
}
