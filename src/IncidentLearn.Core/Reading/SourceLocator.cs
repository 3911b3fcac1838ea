using System.Text;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading;

/// <summary>
/// Finds where each fact of a read record stands in the source, so a person can check it against the text:
/// a fact's first words are looked for in the lines (markup and punctuation folded away), then its last words
/// from there on. Lists (events, action items, causes) are found in source order with a cursor, so a long
/// timeline costs linear time; a fact that cannot be found (drafted, or reworded) gets no span.
/// </summary>
public static class SourceLocator
{
    private const int ProbeWords = 6;
    private const int ListWindow = 400;

    public static Dictionary<string, SourceSpan> Locate(SourceDocument document, IncidentRecord record, ReadReport report)
    {
        var lines = new FoldedLines(document.Lines);
        var spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        void Field(string path, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) && !report.Drafted.Contains(path) && Find(lines, value, 0, lines.Length) is { } span)
            {
                spans[path] = span;
            }
        }

        Field("title", record.Title);
        Field("prompt", record.Prompt);
        Field("summary", record.Summary);
        Field("impact", record.Impact);
        Field("trigger", record.Trigger);
        Field("detection", record.Detection);
        Field("resolution", record.Resolution);
        Field("star.situation", record.Star.Situation);
        Field("star.task", record.Star.Task);
        Field("star.action", record.Star.Action);
        Field("star.result", record.Star.Result);
        List(lines, spans, "rootCauses", record.RootCauses);
        List(lines, spans, "contributingFactors", record.ContributingFactors);
        List(lines, spans, "timeline", record.Timeline.Select(e => e.Text));
        List(lines, spans, "actionItems", record.ActionItems.Select(a => a.Text));
        List(lines, spans, "lessons.wentWell", record.Lessons.WentWell);
        List(lines, spans, "lessons.wentWrong", record.Lessons.WentWrong);
        List(lines, spans, "lessons.gotLucky", record.Lessons.GotLucky);
        List(lines, spans, "lessons.other", record.Lessons.Other);
        List(lines, spans, "followUps", record.FollowUps.Select(f => f.Question));
        return spans;
    }

    private static void List(FoldedLines lines, Dictionary<string, SourceSpan> spans, string path, IEnumerable<string> values)
    {
        var cursor = 0;
        var index = 0;
        foreach (var value in values)
        {
            // Lists are in source order: look a little way on from the last item, then a little way back.
            var span = Find(lines, value, cursor, Math.Min(lines.Length, cursor + ListWindow)) ?? (cursor > 0 ? Find(lines, value, Math.Max(0, cursor - ListWindow), cursor) : null);
            if (span is not null)
            {
                spans[$"{path}[{index}]"] = span;
                cursor = span.Line - 1;
            }

            index++;
        }
    }

    /// <summary>The lines holding the value's first and last words, searched in [from, to).</summary>
    private static SourceSpan? Find(FoldedLines lines, string value, int from, int to)
    {
        var segments = value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        var head = Probe(Fold(segments[0]), fromEnd: false);
        var tail = Probe(Fold(segments[^1]), fromEnd: true);
        if (head.Length == 0)
        {
            return null;
        }

        for (var i = from; i < to; i++)
        {
            if (!lines[i].Contains(head, StringComparison.Ordinal))
            {
                continue;
            }

            var end = i;
            if (tail.Length > 0 && !lines[i].Contains(tail, StringComparison.Ordinal))
            {
                for (var j = i + 1; j < Math.Min(lines.Length, i + ListWindow); j++)
                {
                    if (lines[j].Contains(tail, StringComparison.Ordinal))
                    {
                        end = j;
                        break;
                    }
                }
            }

            return new SourceSpan(i + 1, end + 1);
        }

        return null;
    }

    /// <summary>The source lines folded for matching, each on first use: most facts are found near the top, so most lines are never folded.</summary>
    private sealed class FoldedLines(IReadOnlyList<SourceLine> source)
    {
        private readonly string?[] folded = new string?[source.Count];

        public int Length => folded.Length;

        public string this[int index] => folded[index] ??= source[index].IsBlank ? "" : Fold(source[index].Text);
    }

    private static string Probe(string folded, bool fromEnd)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var take = words.Length <= ProbeWords ? words : fromEnd ? words[^ProbeWords..] : words[..ProbeWords];
        return string.Join(' ', take);
    }

    /// <summary>Lower-case letters and digits only, words one space apart, inline markup made plain first (the text is already cleaned).</summary>
    private static string Fold(string text)
    {
        var plain = InlineMarkup.ToPlain(text);
        var builder = new StringBuilder(plain.Length);
        var space = true;
        foreach (var c in plain)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }
}
