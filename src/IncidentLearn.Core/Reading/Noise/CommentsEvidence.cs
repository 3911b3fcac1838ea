using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Noise;

/// <summary>
/// Other people's words after the story. A blog post's comments start at a heading of their own ("Comments",
/// "3 Responses", "Discussion") in the latter part of the page: it and everything after it go. A forum thread
/// copied from the web prints a header over each comment, made of short lines (a handle "@dana" or
/// "@dana@example.social", "link", "reply", "edit", a vote count, "6 months ago"): the headers go, and after the
/// second header the rest is replies to the story, not the story.
/// </summary>
public sealed partial class CommentsEvidence : INoiseEvidence
{
    private const double LatterPart = 0.4;
    private const int MinHeaderLines = 3;
    private const int MaxHeaderWords = 4;
    private const int MaxHeadingWords = 3;

    public void Mark(NoiseMarks marks)
    {
        var lines = marks.Document.Lines;
        var headers = ThreadHeaders(lines);
        foreach (var (start, end) in headers)
        {
            for (var i = start; i < end; i++)
            {
                if (!lines[i].IsBlank)
                {
                    marks.DropPart(i, DropKind.Comments, "a forum comment's header (handle, links, votes, age)");
                }
            }
        }

        if (headers.Count >= 2)
        {
            DropFrom(marks, headers[1].End, "a reply to the story in the thread");
            return;
        }

        // A chat copied from a client has its own thread summaries ("2 replies"); it has no comments section.
        if (marks.Chat is not null)
        {
            return;
        }

        var nonBlank = lines.Count(l => !l.IsBlank);
        var seen = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            seen++;
            if (seen > nonBlank * LatterPart && lines[i].WordCount <= MaxHeadingWords && CommentsHeading().IsMatch(lines[i].Content.AsSpan().Trim().Trim("#*_ ")))
            {
                marks.DropPart(i, DropKind.Comments, "the heading of the readers' comments");
                DropFrom(marks, i + 1, "a reader's comment, not the story");
                return;
            }
        }
    }

    private static void DropFrom(NoiseMarks marks, int from, string reason)
    {
        for (var i = from; i < marks.Document.Lines.Count; i++)
        {
            if (!marks.Document.Lines[i].IsBlank)
            {
                marks.DropPart(i, DropKind.Comments, reason);
            }
        }
    }

    /// <summary>Runs of three or more header lines in a row (blank lines between them allowed), with at least one handle.</summary>
    private static List<(int Start, int End)> ThreadHeaders(IReadOnlyList<SourceLine> lines)
    {
        var headers = new List<(int, int)>();
        var i = 0;
        while (i < lines.Count)
        {
            if (!IsHeaderLine(lines[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var count = 0;
            var handle = false;
            while (i < lines.Count && (lines[i].IsBlank || IsHeaderLine(lines[i])))
            {
                if (!lines[i].IsBlank)
                {
                    count++;
                    handle |= Handle().IsMatch(Bare(lines[i]));
                }

                i++;
            }

            if (count >= MinHeaderLines && handle)
            {
                headers.Add((start, i));
            }
        }

        return headers;
    }

    private static bool IsHeaderLine(SourceLine line) =>
        !line.IsBlank && line.Content.Length <= 80 && line.WordCount <= MaxHeaderWords && HeaderPiece().IsMatch(Bare(line));

    private static ReadOnlySpan<char> Bare(SourceLine line) => line.Content.AsSpan().Trim().TrimStart("\u2022-* ");

    [GeneratedRegex(@"^@[\w.-]{1,40}(?:@[\w.-]{1,60})?$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Handle();

    // A handle, a thread's action word, a vote count, an age ("6 months ago", a count glued on: "146 months ago").
    [GeneratedRegex(@"^(?:@[\w.-]{1,40}(?:@[\w.-]{1,60})?|link|fedilink|permalink|reply|report|save|share|context|parent|source|hide|edit(?:-\d+)?|edited|\d{1,6}|\d{0,6}\s?(?:\d+|an?|one)\s(?:second|minute|hour|day|week|month|year)s?\sago)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex HeaderPiece();

    [GeneratedRegex(@"^(?:[1-9]\d{0,4}\s)?(?:comments?|responses?|discussion)$|^(?:leave a (?:comment|reply)|join the discussion)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CommentsHeading();
}
