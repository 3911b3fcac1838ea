using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Reading.Sections;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>
/// The classic post-mortem template (Summary, Impact, Root Causes, Trigger, Resolution, Detection, Action
/// Items, Lessons Learned, Timeline), as headings or bold labels, with or without YAML front matter.
/// Scored by how many template parts it names; needs three.
/// </summary>
public sealed class PostmortemReader : IShapeReader
{
    public const int MinTemplateParts = 3;
    private const int MaxDetailWords = 12;
    private const int MaxDetailLabelLength = 30;
    private const int MinTimelineEntries = 3;
    private const int MinLeadSentenceWords = 8;

    public static readonly IReadOnlySet<LabelField> TemplateFields = new HashSet<LabelField>
    {
        LabelField.Summary, LabelField.Impact, LabelField.RootCause, LabelField.Trigger, LabelField.Resolution,
        LabelField.Detection, LabelField.ActionItems, LabelField.Lessons, LabelField.Timeline,
        LabelField.WentWell, LabelField.WentWrong, LabelField.GotLucky, LabelField.Contributing,
    };

    public string Shape => ShapeNames.Postmortem;

    public double Score(ReadContext context)
    {
        var parts = TemplateParts(context);
        var frontMatter = FrontMatter.Length(context.Document.Lines) > 0;
        return parts < MinTemplateParts ? 0 : Math.Min(0.98, 0.3 + (0.08 * parts) + (frontMatter ? 0.1 : 0));
    }

    /// <summary>How many parts of a post-mortem template the text's labels and headings name.</summary>
    public static int TemplateParts(ReadContext context) => context.TemplateParts ??= CountTemplateParts(context);

    private static int CountTemplateParts(ReadContext context)
    {
        var found = new HashSet<LabelField>();
        for (var i = 0; i < context.Lines.Count; i++)
        {
            if (context.LabelAt(i) is { } label && TemplateFields.Contains(label.Field) && (label.HeadingLevel > 0 || !label.Bulleted))
            {
                found.Add(label.Field);
            }
        }

        // Headings that name template parts in other words ("What was the impact identified?", "Why").
        found.UnionWith(SectionMeaning.NamedParts(SectionSplitter.ForScoring(context)).Where(TemplateFields.Contains));
        // A timeline under its own heading with entries in it, and one other part, is a short post-mortem; so are two
        // parts when every heading below the title names one ("## Summary", "## Root cause").
        var isShort = found.Count == MinTemplateParts - 1
            && (found.Contains(LabelField.Timeline) && context.TimedBlocks.Count >= MinTimelineEntries || SectionMeaning.EveryHeadingNamesAPart(SectionSplitter.ForScoring(context)));
        return found.Count + (isShort ? 1 : 0);
    }

    public void Extract(ReadContext context)
    {
        var tables = MarkdownTable.All(context);
        var sections = SectionSplitter.Split(context);
        ReadTitleLine(context, sections);
        var tree = SectionMeaning.InTree(sections);
        ReadTitleUnderPageHeadings(context, tree);
        var first = true;
        string? lead = null;
        foreach (var (section, meaning) in tree)
        {
            // The paragraphs under the title, before the first part, are the report's opening.
            var opening = meaning is null && (first || (lead is null && section.HeadingLine is { } h && h.Number == sections[0].HeadingLine?.Number));
            var before = context.Record.Sections.Count;
            ReadSection(context, section, meaning, mayBeTitle: first && section.HeadingLine is not null, tables);
            if (opening && context.Record.Sections.Count == before + 1)
            {
                lead = context.Record.Sections[^1].Body;
            }

            first = false;
        }

        context.Texts.Flush();

        var record = context.Record;
        if (string.IsNullOrWhiteSpace(record.Summary) && lead is not null && Sentences.Split(lead).Any(s => s.Split(' ').Length >= MinLeadSentenceWords))
        {
            // Without a Summary part, the opening says what happened.
            record.Summary = lead;
            record.Sections.RemoveAt(record.Sections.FindIndex(s => ReferenceEquals(s.Body, lead)));
        }
        if (record.Title.Length == 0)
        {
            record.Title = TitleMaker.FromText(record.Summary ?? record.Impact);
        }

        if (record.TimeZone is null && record.Timeline.Any(e => e.Start.Contains("UTC", StringComparison.OrdinalIgnoreCase) || e.Start.EndsWith('Z')))
        {
            record.TimeZone = "UTC";
        }
    }

    /// <summary>
    /// A page copied from the web heads the report with its own headings first ("# Alderbank Engineering", "##
    /// Appendix D - Example Postmortem", a book's chapter): of the headings before the first part, the report's
    /// title is the last one that stands right above the report (nothing under it, or its "Date:", "Summary:" lines).
    /// </summary>
    private static void ReadTitleUnderPageHeadings(ReadContext context, List<(Section Section, LabelMatch? Meaning)> tree)
    {
        if (context.Record.Title.Length > 0)
        {
            return;
        }

        var unnamed = tree.TakeWhile(s => s.Meaning is null).Where(s => s.Section.Heading is { Length: > 0 } && s.Section.HeadingLine is not null).ToList();
        if (unnamed.Count < 2)
        {
            return;
        }

        var aboveReport = unnamed.LastOrDefault(s => s.Section.Body.FirstOrDefault(l => !l.IsBlank) is not { } first || context.LabelAt(first.Number - 1) is not null);
        if (aboveReport.Section is { } title && !ReferenceEquals(title, unnamed[0].Section))
        {
            context.Record.Title = TitleCleaner.Clean(title.Heading!);
            context.Consume(title.HeadingLine!);
        }
    }

    /// <summary>A status page's report opens with its title as a plain line above the first heading ("Service outage in AP1").</summary>
    private static void ReadTitleLine(ReadContext context, List<Section> sections)
    {
        if (context.Record.Title.Length > 0 || sections.Count < 2 || sections[0].HeadingLine is not null
            || TitleCleaner.TitleLineIn(sections[0].Body) is not { } line || line.Content.StartsWith('#'))
        {
            return;
        }

        context.Record.Title = TitleCleaner.Clean(line.Content);
        context.Consume(line);
        sections[0].Body.Remove(line);
    }

    private static void ReadSection(ReadContext context, Section section, LabelMatch? label, bool mayBeTitle, List<MarkdownTable> tables)
    {
        if (label is null)
        {
            // The first heading names the report whatever its level ("## Checkout errors after …" on a wiki page).
            if ((section.Level == 1 || mayBeTitle) && section.Heading is { Length: > 0 } title)
            {
                // The front matter's title wins; the H1 usually repeats it.
                context.Record.Title = context.Record.Title.Length == 0 ? TitleCleaner.Clean(title) : context.Record.Title;
                context.Consume(section.HeadingLine!);
            }

            ReadLabelledLines(context, section, tables);
            return;
        }

        // Labels inside the section ("**Timeline** (all times UTC)" under a bold "Where we got lucky") start parts of their own.
        var first = section.HeadingLine!.Number - 1;
        var end = section.Body.Count == 0 ? first + 1 : section.Body[^1].Number;
        var nested = section.Body.Any(l => !l.IsBlank && context.LabelAt(l.Number - 1) is { Bulleted: false } inner && inner.Field != label.Field);
        var parts = nested ? LabelledParts.Split(context, first, end).Parts : [];
        if (parts.Count == 0 || parts[0].LabelLine != section.HeadingLine)
        {
            var part = new LabelledPart(label, section.HeadingLine!);
            part.Body.AddRange(section.Body);
            parts = [part];
        }

        // "Date: 23rd September 2019" under "INCIDENT SUMMARY" is a field of one line: the prose after it is the summary's.
        foreach (var field in parts.Skip(1).Where(p => IsOneLineField(p.Field)))
        {
            parts[0].Body.AddRange(field.Body);
            field.Body.Clear();
        }

        SetApartDetails(context, parts[0]);
        foreach (var part in parts)
        {
            ReadPart(context, part, tables);
        }
    }

    /// <summary>
    /// "Time: 12:56", "Period of Disruption: 12:56 – 13:00" at the top of a part are the report's details, not its
    /// prose: they are kept apart, in a section of their own, so the part's text starts with what it says.
    /// </summary>
    private static void SetApartDetails(ReadContext context, LabelledPart part)
    {
        var details = part.Body.TakeWhile(l => l.IsBlank || IsDetailLine(l)).Where(l => !l.IsBlank).ToList();
        if (details.Count == 0 || details.Count == part.Body.Count(l => !l.IsBlank))
        {
            return;
        }

        part.Body.RemoveAll(details.Contains);
        context.Record.Sections.Add(new FreeSection { Heading = "Details", Body = string.Join('\n', details.Select(l => l.Content.Trim())) });
        context.Consume(details);
    }

    private static bool IsDetailLine(SourceLine line) =>
        line.WordCount <= MaxDetailWords && line.Content.IndexOf(": ", StringComparison.Ordinal) is > 0 and < MaxDetailLabelLength && !Paragraphs.IsBullet(line);

    private static bool IsOneLineField(LabelField field) =>
        field is LabelField.Date or LabelField.Severity or LabelField.Status or LabelField.Authors or LabelField.Services or LabelField.Tags or LabelField.Title;

    /// <summary>Under a heading that is no label (the title, say): "**Summary:** …" style labels, else a free section.</summary>
    private static void ReadLabelledLines(ReadContext context, Section section, List<MarkdownTable> tables)
    {
        if (section.Body.Count == 0)
        {
            return;
        }

        var first = section.Body[0].Number - 1;
        var (preamble, parts) = LabelledParts.Split(context, first, first + section.Body.Count);
        foreach (var part in parts)
        {
            ReadPart(context, part, tables);
        }

        var text = Paragraphs.Join(preamble);
        if (text.Length > 0)
        {
            context.Record.Sections.Add(new FreeSection { Heading = section.Heading ?? "", Body = text });
            context.Consume(preamble);
            context.Consume(section.AllLines);
        }
    }

    /// <summary>A list of follow-ups and a table of them under one heading: both are read, in the order they stand.</summary>
    private static void ReadItemsBesideTable(ReadContext context, LabelledPart part, MarkdownTable table)
    {
        var list = new LabelledPart(part.Label, part.LabelLine);
        list.Body.AddRange(part.Body.Where(l => l.Number - 1 < table.FirstLineIndex || l.Number - 1 > table.LastLineIndex));
        var tableFirst = list.Body.FirstOrDefault(l => !l.IsBlank) is not { } firstListed || table.FirstLineIndex < firstListed.Number - 1;
        if (tableFirst)
        {
            context.Record.ActionItems.AddRange(PostmortemTables.ActionItems(table));
        }

        if (list.Body.Any(l => !l.IsBlank))
        {
            Labels.FieldFiller.Fill(context, list);
        }

        if (!tableFirst)
        {
            context.Record.ActionItems.AddRange(PostmortemTables.ActionItems(table));
        }

        context.Consume(part.AllLines);
    }

    private static void ReadPart(ReadContext context, LabelledPart part, List<MarkdownTable> tables)
    {
        var first = part.LabelLine.Number - 1;
        var last = part.Body.Count == 0 ? first : part.Body[^1].Number - 1;
        var table = tables.FirstOrDefault(t => t.FirstLineIndex > first && t.FirstLineIndex <= last);
        switch (part.Field)
        {
            case LabelField.ActionItems when table is not null:
                ReadItemsBesideTable(context, part, table);
                break;
            case LabelField.Timeline:
                context.Record.Timeline.AddRange(table is not null ? PostmortemTables.Timeline(table) : TimelineFromBlocks(context, part));
                context.Consume(part.AllLines);
                break;
            default:
                FieldFiller.Fill(context, part);
                break;
        }
    }

    /// <summary>Events in any block form: timed bullets and lines, time headings, stamps after messages.</summary>
    private static IEnumerable<TimelineEvent> TimelineFromBlocks(ReadContext context, LabelledPart part)
    {
        var first = part.LabelLine.Number;
        var end = part.Body.Count == 0 ? first : part.Body[^1].Number;
        return Timeline.TimedBlocks.Read(context.Lines, first, end).Select(f => f.Event);
    }
}
