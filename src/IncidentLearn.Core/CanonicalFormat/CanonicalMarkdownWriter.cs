using System.Globalization;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>Writes a record as the canonical file: blocks in the documented order, one blank line apart.</summary>
internal sealed class CanonicalMarkdownWriter
{
    private readonly List<string> blocks = [];

    public static string Write(IncidentRecord record)
    {
        var writer = new CanonicalMarkdownWriter();
        writer.WriteAll(RecordNormalization.Normalize(record));
        return string.Join("\n\n", writer.blocks) + "\n";
    }

    private void WriteAll(IncidentRecord r)
    {
        blocks.Add(FrontMatter.Write(r));
        if (r.Title.Length > 0)
            blocks.Add("# " + MarkdownEscaping.EscapeHeading(r.Title));

        Paragraphs(SectionNames.Summary, r.Summary);
        Paragraphs(SectionNames.Impact, r.Impact);
        List(SectionNames.RootCauses, r.RootCauses);
        Paragraphs(SectionNames.Trigger, r.Trigger);
        Paragraphs(SectionNames.Detection, r.Detection);
        Paragraphs(SectionNames.Resolution, r.Resolution);
        List(SectionNames.ContributingFactors, r.ContributingFactors);
        Timeline(r.Timeline);
        ActionItems(r.ActionItems);
        Lessons(r.Lessons);
        Star(r.Star);
        FollowUps(r.FollowUps);
        List(SectionNames.Questions, r.Questions);
        foreach (var section in r.Sections)
        {
            Heading(2, $"{SectionNames.NotesPrefix} {section.Heading}".TrimEnd(' '));
            Body(section.Body);
        }

        Source(r.SourceText);
    }

    private void Heading(int level, string text) =>
        blocks.Add(text.Length == 0 ? new string('#', level) : new string('#', level) + " " + MarkdownEscaping.EscapeHeading(text));

    private void Body(string? text)
    {
        if (!string.IsNullOrEmpty(text))
            blocks.Add(MarkdownEscaping.EscapeParagraphs(text));
    }

    private void Paragraphs(string heading, string? text, int level = 2)
    {
        if (text is null)
            return;
        Heading(level, heading);
        Body(text);
    }

    private void List(string heading, List<string> items, int level = 2)
    {
        if (items.Count == 0)
            return;
        Heading(level, heading);
        blocks.Add(MarkdownList.Write(items));
    }

    private void Timeline(List<TimelineEvent> timeline)
    {
        if (timeline.Count == 0)
            return;
        Heading(2, SectionNames.Timeline);
        blocks.Add(MarkdownTable.Write(SectionNames.TimelineColumns, timeline.Select(e => new[]
        {
            e.Start, e.End, e.StatedDuration, e.Kind is { } kind ? EnumWords.Write(kind) : null, e.Actor, e.Text,
        })));
    }

    private void ActionItems(List<ActionItem> items)
    {
        if (items.Count == 0)
            return;
        Heading(2, SectionNames.ActionItems);
        blocks.Add(MarkdownTable.Write(SectionNames.ActionItemColumns, items.Select(a => new[]
        {
            a.Text, a.Owner, a.Type is { } type ? EnumWords.Write(type) : null, EnumWords.Write(a.Status),
            a.Due?.ToString(FrontMatter.DateFormat, CultureInfo.InvariantCulture),
        })));
    }

    private void Lessons(Lessons lessons)
    {
        if (lessons.WentWell.Count + lessons.WentWrong.Count + lessons.GotLucky.Count + lessons.Other.Count == 0)
            return;
        Heading(2, SectionNames.Lessons);
        List(SectionNames.WentWell, lessons.WentWell, 3);
        List(SectionNames.WentWrong, lessons.WentWrong, 3);
        List(SectionNames.GotLucky, lessons.GotLucky, 3);
        List(SectionNames.OtherLessons, lessons.Other, 3);
    }

    private void Star(StarParts star)
    {
        if (star.Situation is null && star.Task is null && star.Action is null && star.Result is null)
            return;
        Heading(2, SectionNames.Star);
        Paragraphs(SectionNames.Situation, star.Situation, 3);
        Paragraphs(SectionNames.Task, star.Task, 3);
        Paragraphs(SectionNames.Action, star.Action, 3);
        Paragraphs(SectionNames.Result, star.Result, 3);
    }

    private void FollowUps(List<FollowUp> followUps)
    {
        if (followUps.Count == 0)
            return;
        Heading(2, SectionNames.FollowUps);
        foreach (var followUp in followUps)
        {
            Heading(3, followUp.Question);
            Body(followUp.Answer);
        }
    }

    private void Source(string? source)
    {
        if (source is null)
            return;
        Heading(2, SectionNames.Source);
        blocks.Add(MarkdownFence.Write(source, "text"));
    }
}
