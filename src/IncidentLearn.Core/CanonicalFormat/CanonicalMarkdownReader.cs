using System.Globalization;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>
/// Reads a canonical file back into a record. Lenient about what people do when editing by hand (case, spacing,
/// CRLF, a BOM, missing or unknown sections); every value it cannot take is a problem naming the field.
/// </summary>
internal sealed class CanonicalMarkdownReader
{
    private readonly List<MarkdownProblem> problems = [];
    private readonly HashSet<string> seenSections = new(StringComparer.OrdinalIgnoreCase);
    private readonly IncidentRecord record = new();
    private MarkdownOutline outline = null!;

    public static MarkdownReadResult Read(string text) => new CanonicalMarkdownReader().ReadAll(text);

    private MarkdownReadResult ReadAll(string text)
    {
        outline = MarkdownOutline.Parse(Prepare(text));
        ReadFrontMatter();
        ReadBody();

        var normalized = RecordNormalization.Normalize(record);
        // A broken front matter may hold the title, so "no title" would only mislead.
        if (normalized.Title.Length == 0 && !problems.Any(p => p.Field == "frontMatter"))
            problems.Add(new("title", null, "The file has no title: add a \"title:\" key to the front matter or a \"# \" heading."));

        return new MarkdownReadResult(problems.Count == 0 ? normalized : null, problems);
    }

    /// <summary>Drops a byte order mark and makes every line end in LF.</summary>
    private static string Prepare(string text)
    {
        if (text.StartsWith('\uFEFF'))
            text = text[1..];
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private void ReadFrontMatter()
    {
        if (outline.FrontMatterLine < 0)
        {
            var first = outline.Slice(0, 1);
            if (first.Count == 1 && first[0].Text.TrimEnd(' ', '\t') == "---")
                problems.Add(new("frontMatter", 1, "The front matter is not closed: add a line \"---\" after it."));
            return;
        }

        var yaml = outline.Slice(outline.FrontMatterLine + 1, outline.FrontMatterEnd);
        FrontMatter.Read(string.Join('\n', yaml.Select(l => l.Text)), outline.FrontMatterLine + 2, record, problems);
    }

    private void ReadBody()
    {
        var headings = outline.Headings;
        var titleSeen = false;
        var sectionSeen = false;
        var firstHeadingLine = headings.FirstOrDefault(h => h.Level <= 2)?.Line ?? outline.LineCount;
        var preamble = outline.Slice(outline.BodyStart, firstHeadingLine);

        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            if (heading.Level == 3)
                continue; // Read as part of the section above it.

            var end = i + 1;
            while (end < headings.Count && headings[end].Level == 3)
                end++;
            var sectionEnd = end < headings.Count ? headings[end].Line : outline.LineCount;
            var section = new Section(heading, headings.Skip(i + 1).Take(end - i - 1).ToList(), sectionEnd);

            if (heading.Level == 1 && !titleSeen && !sectionSeen)
            {
                titleSeen = true;
                if (record.Title.Length == 0)
                    record.Title = heading.Text;
                preamble.AddRange(outline.Slice(heading.BodyStart, sectionEnd));
                continue;
            }

            sectionSeen = true;
            ReadSection(section);
        }

        if (preamble.Any(l => !l.IsBlank))
        {
            if (seenSections.Contains(SectionNames.Summary))
                problems.Add(new("summary", preamble.First(l => !l.IsBlank).Number, "There is text before the first section; move it under a \"## \" heading."));
            else
                record.Summary = Paragraphs(preamble);
        }
    }

    /// <summary>A level 1 or 2 heading, the level 3 headings under it, and the index one past its last line.</summary>
    private sealed record Section(OutlineHeading Heading, IReadOnlyList<OutlineHeading> Children, int End);

    private List<SourceLine> Body(Section section) => outline.Slice(section.Heading.BodyStart, section.End);

    private void ReadSection(Section section)
    {
        var text = section.Heading.Text;
        if (SectionNames.NotesHeading(text) is { } notes)
        {
            record.Sections.Add(new FreeSection { Heading = notes, Body = Paragraphs(Body(section)) ?? "" });
            return;
        }

        var known = Known(text);
        if (known is null)
        {
            record.Sections.Add(new FreeSection { Heading = text, Body = Paragraphs(Body(section)) ?? "" });
            return;
        }

        var (name, field) = known.Value;
        if (!seenSections.Add(name))
        {
            problems.Add(new(field, section.Heading.Line + 1, $"The section \"## {name}\" appears more than once."));
            return;
        }

        switch (name)
        {
            case SectionNames.Summary: record.Summary = Paragraphs(Body(section)); break;
            case SectionNames.Impact: record.Impact = Paragraphs(Body(section)); break;
            case SectionNames.RootCauses: record.RootCauses = MarkdownList.Read(Body(section)); break;
            case SectionNames.Trigger: record.Trigger = Paragraphs(Body(section)); break;
            case SectionNames.Detection: record.Detection = Paragraphs(Body(section)); break;
            case SectionNames.Resolution: record.Resolution = Paragraphs(Body(section)); break;
            case SectionNames.ContributingFactors: record.ContributingFactors = MarkdownList.Read(Body(section)); break;
            case SectionNames.Timeline: ReadTimeline(section); break;
            case SectionNames.ActionItems: ReadActionItems(section); break;
            case SectionNames.Lessons: ReadLessons(section); break;
            case SectionNames.Star: ReadStar(section); break;
            case SectionNames.FollowUps: ReadFollowUps(section); break;
            case SectionNames.Questions: record.Questions = MarkdownList.Read(Body(section)); break;
            case SectionNames.Source: ReadSource(section); break;
        }
    }

    private static readonly (string Name, string Field)[] KnownSections =
    [
        (SectionNames.Summary, "summary"), (SectionNames.Impact, "impact"), (SectionNames.RootCauses, "rootCauses"),
        (SectionNames.Trigger, "trigger"), (SectionNames.Detection, "detection"), (SectionNames.Resolution, "resolution"),
        (SectionNames.ContributingFactors, "contributingFactors"), (SectionNames.Timeline, "timeline"),
        (SectionNames.ActionItems, "actionItems"), (SectionNames.Lessons, "lessons"), (SectionNames.Star, "star"),
        (SectionNames.FollowUps, "followUps"), (SectionNames.Questions, "questions"), (SectionNames.Source, "sourceText"),
    ];

    private static (string Name, string Field)? Known(string heading)
    {
        var folded = SectionNames.Fold(heading);
        foreach (var known in KnownSections)
        {
            if (SectionNames.MatchesFolded(folded, known.Name))
                return known;
        }

        return null;
    }

    /// <summary>Paragraph text: the lines with their one escaping backslash removed (edges trimmed later).</summary>
    private static string? Paragraphs(IEnumerable<SourceLine> lines) =>
        TextNormalization.Text(string.Join('\n', lines.Select(l => MarkdownEscaping.UnescapeLine(l.Text))));

    private void ReadTimeline(Section section)
    {
        var table = ReadTable(section, "timeline", SectionNames.TimelineColumns);
        if (table is null)
            return;

        foreach (var (row, index) in table.Value.Table.Rows.Select((r, i) => (r, i)))
        {
            var field = $"timeline[{index}]";
            var cells = Cells(table.Value, row, field);
            var e = new TimelineEvent
            {
                Start = cells[0] ?? "",
                End = cells[1],
                StatedDuration = cells[2],
                Actor = cells[4],
                Text = cells[5] ?? "",
            };
            if (cells[3] is { } kind)
            {
                if (EnumWords.TryRead<EventKind>(kind, out var parsed))
                    e.Kind = parsed;
                else
                    problems.Add(new($"{field}.kind", row.Line, $"\"{kind}\" is not an event kind; use one of {EnumWords.List<EventKind>()}."));
            }

            record.Timeline.Add(e);
        }
    }

    private void ReadActionItems(Section section)
    {
        var table = ReadTable(section, "actionItems", SectionNames.ActionItemColumns);
        if (table is null)
            return;

        foreach (var (row, index) in table.Value.Table.Rows.Select((r, i) => (r, i)))
        {
            var field = $"actionItems[{index}]";
            var cells = Cells(table.Value, row, field);
            var item = new ActionItem { Text = cells[0] ?? "", Owner = cells[1] };
            if (cells[2] is { } type)
            {
                if (EnumWords.TryRead<ActionType>(type, out var parsed))
                    item.Type = parsed;
                else
                    problems.Add(new($"{field}.type", row.Line, $"\"{type}\" is not an action type; use one of {EnumWords.List<ActionType>()}."));
            }

            if (cells[3] is { } status)
            {
                if (EnumWords.TryRead<ActionStatus>(status, out var parsed))
                    item.Status = parsed;
                else
                    problems.Add(new($"{field}.status", row.Line, $"\"{status}\" is not an action status; use one of {EnumWords.List<ActionStatus>()}."));
            }

            if (cells[4] is { } due)
            {
                if (DateOnly.TryParseExact(due, FrontMatter.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    item.Due = date;
                else
                    problems.Add(new($"{field}.due", row.Line, $"\"{due}\" is not a date written as YYYY-MM-DD."));
            }

            record.ActionItems.Add(item);
        }
    }

    /// <summary>A section's table with each header mapped to its documented column (by name, so columns may be reordered).</summary>
    private (MarkdownTable.Parsed Table, int[] ColumnOf)? ReadTable(Section section, string field, string[] columns)
    {
        if (section.Children.Count > 0)
            problems.Add(new(field, section.Children[0].Line + 1, "A table section cannot have \"### \" headings."));

        var table = MarkdownTable.Read(outline.Slice(section.Heading.BodyStart, section.End));
        if (table is null)
            return null;

        // columnOf[documented column] = index of that column in the file, or -1 when the file leaves it out.
        var columnOf = Enumerable.Repeat(-1, columns.Length).ToArray();
        for (var i = 0; i < table.Headers.Count; i++)
        {
            var known = Array.FindIndex(columns, c => SectionNames.Matches(table.Headers[i], c));
            if (known >= 0)
                columnOf[known] = i;
            else
                problems.Add(new(field, table.HeaderLine, $"\"{table.Headers[i]}\" is not a column of this table; the columns are {string.Join(", ", columns)}."));
        }

        return (table, columnOf);
    }

    private string?[] Cells((MarkdownTable.Parsed Table, int[] ColumnOf) table, MarkdownTable.ParsedRow row, string field)
    {
        if (row.Cells.Count > table.Table.Headers.Count)
            problems.Add(new(field, row.Line, $"The row has {row.Cells.Count} cells but the table has {table.Table.Headers.Count} columns; write a \"|\" inside a cell as \"\\|\"."));

        return table.ColumnOf.Select(i => i >= 0 && i < row.Cells.Count ? row.Cells[i] : null).ToArray();
    }

    private void ReadLessons(Section section)
    {
        var lessons = record.Lessons;
        var before = outline.Slice(section.Heading.BodyStart, FirstChildLine(section));
        lessons.Other.AddRange(MarkdownList.Read(before));

        foreach (var (child, lines) in Children(section))
        {
            var items = MarkdownList.Read(lines);
            if (SectionNames.Matches(child.Text, SectionNames.WentWell))
                lessons.WentWell.AddRange(items);
            else if (SectionNames.Matches(child.Text, SectionNames.WentWrong))
                lessons.WentWrong.AddRange(items);
            else if (SectionNames.Matches(child.Text, SectionNames.GotLucky))
                lessons.GotLucky.AddRange(items);
            else if (SectionNames.Matches(child.Text, SectionNames.OtherLessons))
                lessons.Other.AddRange(items);
            else
                problems.Add(new("lessons", child.Line + 1,
                    $"\"### {child.Text}\" is not a kind of lesson; use {SectionNames.WentWell}, {SectionNames.WentWrong}, {SectionNames.GotLucky} or {SectionNames.OtherLessons}."));
        }
    }

    private void ReadStar(Section section)
    {
        var before = outline.Slice(section.Heading.BodyStart, FirstChildLine(section));
        var stray = before.FindIndex(l => !l.IsBlank);
        if (stray >= 0)
            problems.Add(new("star", before[stray].Number, "Text under \"## STAR\" must be under one of its \"### \" headings."));

        foreach (var (child, lines) in Children(section))
        {
            var text = Paragraphs(lines);
            if (SectionNames.Matches(child.Text, SectionNames.Situation))
                record.Star.Situation = text;
            else if (SectionNames.Matches(child.Text, SectionNames.Task))
                record.Star.Task = text;
            else if (SectionNames.Matches(child.Text, SectionNames.Action))
                record.Star.Action = text;
            else if (SectionNames.Matches(child.Text, SectionNames.Result))
                record.Star.Result = text;
            else
                problems.Add(new("star", child.Line + 1, $"\"### {child.Text}\" is not a STAR part; use Situation, Task, Action or Result."));
        }
    }

    private void ReadFollowUps(Section section)
    {
        // Questions listed without headings are questions still waiting for an answer.
        var before = outline.Slice(section.Heading.BodyStart, FirstChildLine(section));
        foreach (var question in MarkdownList.Read(before))
            record.FollowUps.Add(new FollowUp { Question = question });

        foreach (var (child, lines) in Children(section))
            record.FollowUps.Add(new FollowUp { Question = child.Text, Answer = Paragraphs(lines) });
    }

    private void ReadSource(Section section)
    {
        var lines = Body(section);
        var open = lines.FindIndex(l => !l.IsBlank);
        if (open < 0)
            return;

        if (MarkdownFence.Read(lines, open) is not var (text, close))
        {
            record.SourceText = Paragraphs(lines);
            return;
        }

        record.SourceText = text;
        var after = close < lines.Count ? lines.FindIndex(close + 1, l => !l.IsBlank) : -1;
        if (after >= 0)
            problems.Add(new("sourceText", lines[after].Number, "Text after the source's fenced block; the source must be the whole section."));
    }

    private int FirstChildLine(Section section) => section.Children.Count > 0 ? section.Children[0].Line : section.End;

    private IEnumerable<(OutlineHeading Child, List<SourceLine> Lines)> Children(Section section)
    {
        for (var i = 0; i < section.Children.Count; i++)
        {
            var end = i + 1 < section.Children.Count ? section.Children[i + 1].Line : section.End;
            yield return (section.Children[i], outline.Slice(section.Children[i].BodyStart, end));
        }
    }
}
