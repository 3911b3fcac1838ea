using IncidentLearn.Core.Reading.Labels;
using Markdig.Syntax;

namespace IncidentLearn.Core.Reading.Sections;

/// <summary>
/// Splits a document into sections under headings: Markdown headings through Markdig's tree when the text is
/// Markdown, otherwise lines that stand like headings (short, no closing punctuation, prose underneath).
/// </summary>
public static class SectionSplitter
{
    private const int MaxHeadingWords = 9;
    private const int TrailerRun = 2;

    public static List<Section> Split(ReadContext context, int fromIndex = 0)
    {
        var headings = Headings(context);
        var sections = new List<Section>();
        Section? current = null;
        var droppedRun = 0;
        var inTrailer = false;
        var afterPost = false;
        for (var i = fromIndex; i < context.Lines.Count; i++)
        {
            var line = context.Lines[i];
            if (headings.TryGetValue(i, out var heading))
            {
                // "Resolved", "Investigating" after a postmortem's "Posted …" stamp head updates of the page's history.
                if (afterPost && Timeline.TimedBlocks.IsUpdateStatus(heading.Text))
                {
                    continue;
                }

                current = new Section { Heading = heading.Text, HeadingLine = line, Level = heading.Level };
                sections.Add(current);
                inTrailer = false;
                droppedRun = 0;
                continue;
            }

            // After a run of page chrome the story has ended: what follows belongs to no section. So has a status
            // page's postmortem at its "Posted …" stamp: the updates after it are the page's history, read as a timeline.
            droppedRun = context.WasDropped(line.Number) ? droppedRun + 1 : line.IsBlank ? droppedRun : 0;
            afterPost |= !line.IsBlank && current is { HasText: true } && Timeline.TimedBlocks.PostStamp(line) is not null;
            inTrailer |= (droppedRun >= TrailerRun || afterPost) && current is { HasText: true };
            if (inTrailer)
            {
                continue;
            }

            if (current is null)
            {
                if (line.IsBlank)
                {
                    continue;
                }

                current = new Section();
                sections.Add(current);
            }

            current.Body.Add(line);
        }

        return sections;
    }

    public static int CountHeadings(ReadContext context) => Headings(context).Count;

    /// <summary>The whole document's sections, split once for every shape's score; read them, never change them.</summary>
    public static IReadOnlyList<Section> ForScoring(ReadContext context) => context.ScoringSections ??= Split(context);

    // Found once a read: every shape's score and the winner's extraction ask for them.
    private static Dictionary<int, (string Text, int Level)> Headings(ReadContext context) =>
        context.SectionHeadings ??= context.LooksLikeMarkdown ? MarkdownHeadings(context) : PlainHeadings(context);

    private static Dictionary<int, (string Text, int Level)> MarkdownHeadings(ReadContext context)
    {
        var headings = new Dictionary<int, (string, int)>();
        foreach (var heading in context.Markdown.Descendants<HeadingBlock>())
        {
            if (heading.Line < context.Lines.Count)
            {
                headings[heading.Line] = (InlineText.Of(heading), heading.Level);
            }
        }

        // Markdown authors also head sections with a bold line ("**Root cause**"), which Markdig reads as a
        // paragraph, or glues to the list item above it. A text with no Markdown heading at all that is Markdown
        // only by a table or a list heads its parts with plain lines, as plain text does.
        var plainHeadings = headings.Count == 0;
        for (var i = 0; i < context.Lines.Count; i++)
        {
            if (!headings.ContainsKey(i) && BoldLineText(context.Lines[i]) is { } bold && (i == 0 || !StandsInSentence(context.Lines, i)))
            {
                headings[i] = (bold, 3);
            }
            else if (!headings.ContainsKey(i) && CapitalBulletText(context.Lines[i]) is { } capitals)
            {
                headings[i] = (capitals, 2);
            }
            else if (plainHeadings && StandsLikeHeading(context.Lines, i))
            {
                headings[i] = (context.Lines[i].Content.Trim(), 2);
            }
        }

        return headings;
    }

    /// <summary>The words of a line that is nothing but bold text ("**Root cause**", "__Impact:__", "**Impact**:"), else null.</summary>
    public static string? BoldLineText(SourceLine line)
    {
        var content = line.Content.TrimEnd();
        if (line.Indent > 3 || content.Length < 5 || content.Length > 100)
        {
            return null;
        }

        var marker = content.StartsWith("**", StringComparison.Ordinal) ? "**" : content.StartsWith("__", StringComparison.Ordinal) ? "__" : null;
        if (marker is null)
        {
            return null;
        }

        var body = content.EndsWith(':') ? content[..^1].TrimEnd() : content;
        if (!body.EndsWith(marker, StringComparison.Ordinal) || body.Length <= 4)
        {
            return null;
        }

        var inner = body[2..^2].Trim().TrimEnd(':').Trim();
        return inner.Length == 0 || inner.Contains(marker, StringComparison.Ordinal) || inner.Split(' ').Length > MaxHeadingWords ? null : inner;
    }

    /// <summary>
    /// A list item in capitals that names a part of a report ("- INCIDENT SUMMARY", "* ROOT CAUSE", "- SOLUTION"):
    /// a heading that a copy from the web turned into a bullet. Else null.
    /// </summary>
    public static string? CapitalBulletText(SourceLine line)
    {
        if (line.IsBlank || line.WordCount > MaxHeadingWords + 1 || line.Indent > 3 || !Paragraphs.IsBullet(line))
        {
            return null;
        }

        var text = line.Content.TrimStart('-', '*', '+', '\u2022', ' ').Trim().TrimEnd(':');
        return text.Length >= 4 && text.Any(char.IsLetter) && !text.Any(char.IsLower) && !text.Any(char.IsDigit) && LabelVocabulary.NamedIn(text).Count > 0
            ? text
            : null;
    }

    // A bold line in the middle of a sentence run (the line before does not end one) is emphasis, not a heading.
    private static bool StandsInSentence(IReadOnlyList<SourceLine> lines, int i)
    {
        var before = lines[i - 1];
        return !before.IsBlank && before.Content.TrimEnd() is { Length: > 0 } text && char.IsLower(text[^1]) && !Paragraphs.IsBullet(before);
    }

    private static Dictionary<int, (string Text, int Level)> PlainHeadings(ReadContext context)
    {
        var headings = new Dictionary<int, (string, int)>();
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (BoldLineText(lines[i]) is { } bold)
            {
                headings[i] = (bold, 2);
            }
            else if (CapitalBulletText(lines[i]) is { } capitals)
            {
                headings[i] = (capitals, 2);
            }
            else if (StandsLikeHeading(lines, i))
            {
                headings[i] = (lines[i].Content.Trim().Trim('*', '_').Trim(), 2);
            }
        }

        return headings;
    }

    /// <summary>A short plain line without closing punctuation, standing apart, with prose under it: a heading in plain text.</summary>
    public static bool StandsLikeHeading(IReadOnlyList<SourceLine> lines, int i)
    {
        var line = lines[i];
        if (line.IsBlank || line.Indent > 0 || line.WordCount > MaxHeadingWords || line.Content.Length > 80)
        {
            return false;
        }

        var content = line.Content.Trim();
        if (content[^1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' || content.StartsWith("- ", StringComparison.Ordinal) || content.StartsWith("* ", StringComparison.Ordinal))
        {
            return false;
        }

        // A stamp is a time, not a part's name ("Posted Nov 22, 2018 - 13:19 UTC").
        if (Timeline.TimedBlocks.PostStamp(line) is not null)
        {
            return false;
        }

        // Pasted from the web, headings often sit between paragraphs with no blank line: the line before must
        // then close a paragraph (a sentence of some length ending in punctuation).
        if (i > 0 && !lines[i - 1].IsBlank && !ClosesParagraph(lines[i - 1]))
        {
            return false;
        }

        var next = i + 1;
        while (next < lines.Count && lines[next].IsBlank && next - i <= 12)
        {
            next++;
        }

        return next < lines.Count && IsProse(lines[next]);
    }

    private static bool ClosesParagraph(SourceLine line) =>
        line.WordCount >= 8 && line.Content.TrimEnd() is { Length: > 0 } text && text[^1] is '.' or '!' or '?' or '"' or '\u201d' or ')'
        && !Paragraphs.IsBullet(line);

    private static bool IsProse(SourceLine line) =>
        !line.IsBlank && (line.WordCount >= 8 || line.Content.TrimEnd()[^1] is '.' or '!' or '?' or ':');
}
