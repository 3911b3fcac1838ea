using IncidentLearn.Core.Reading.Labels;

namespace IncidentLearn.Core.Reading.Sections;

/// <summary>
/// What a section is about, read from its heading: a label the parser knows ("## Root Cause", "**Impact:**"),
/// else the template part the heading's words name ("What was the impact identified?", "Summary of resolution").
/// </summary>
public static class SectionMeaning
{
    private const int MinTopLevelParts = 3;

    public static LabelMatch? Of(Section section, bool mayBeTitle)
    {
        if (section.HeadingLine is not { } line || section.Heading is not { Length: > 0 } heading)
        {
            return null;
        }

        if (LabelParser.Parse(line) is { } label)
        {
            return label;
        }

        // A title ("How a DNS change caused an outage") names parts of a story in passing; it heads none of them.
        if (mayBeTitle)
        {
            return null;
        }

        // A yes-or-no question heading ("Was the booking service affected?") is part of its answer ("No. …"), so it
        // stays in the text; "What was the impact?" is answered in full below it.
        var restStart = IsYesNoQuestion(heading) ? line.Text.Length - line.Text.TrimStart('#', ' ', '*', '_').Length : line.Text.Length;
        return LabelVocabulary.NamedIn(heading) is [var field, ..]
            ? new LabelMatch(field, heading, restStart, line.Indent, Bulleted: false, HeadingLevel: Math.Max(1, section.Level), LetterForm: false)
            : null;
    }

    /// <summary>
    /// Each section's meaning in the tree its heading levels make. Under a timeline, an appendix or the action
    /// items, deeper headings are the parent's dates and groups ("### 2023-03-26", "### Detection" among the
    /// action items, "### #incident-response logs" in the appendix): they keep the parent's meaning. A deeper
    /// heading that names no part continues its parent. Sections that continue their parent are joined to it
    /// (their headings kept as lines of the parent: a timeline's date headings date the entries under them); the rest are returned with
    /// what they mean, in order.
    /// </summary>
    public static List<(Section Section, LabelMatch? Meaning)> InTree(IReadOnlyList<Section> sections)
    {
        var read = new List<(Section Section, LabelMatch? Meaning)>();
        var topLevel = TopLevelHeadings(sections);
        var ancestors = new Stack<(int Level, int ReadIndex)>();
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var level = section.HeadingLine is null ? 0 : section.Level;
            while (ancestors.Count > 0 && ancestors.Peek().Level >= level)
            {
                ancestors.Pop();
            }

            var own = Of(section, MayBeTitle(sections, i, topLevel));
            var parent = ancestors.Count > 0 && level > 0 ? read[ancestors.Peek().ReadIndex] : default;
            if (parent.Meaning is { } inherited && JoinsParent(inherited.Field, own?.Field))
            {
                parent.Section.Body.Add(section.HeadingLine!);
                parent.Section.Body.AddRange(section.Body);
                continue;
            }

            if (parent.Meaning is { } group && GroupsChildren(group.Field) && section.HeadingLine is { } line)
            {
                own = new LabelMatch(group.Field, section.Heading ?? group.Label, line.Text.Length, line.Indent, Bulleted: false, HeadingLevel: level, LetterForm: false);
            }

            ancestors.Push((level, read.Count));
            read.Add((section, own));
        }

        return read;
    }

    private static bool IsYesNoQuestion(string heading) =>
        heading.EndsWith('?') && heading.Split(' ')[0].ToLowerInvariant() is "was" or "were" or "is" or "are" or "did" or "do" or "does" or "has" or "have" or "had" or "can" or "could" or "will" or "would" or "should";

    private static bool GroupsChildren(LabelField field) => field is LabelField.ActionItems or LabelField.Supporting;

    private static bool JoinsParent(LabelField parent, LabelField? own) =>
        own is null ? !GroupsChildren(parent) && parent is not (LabelField.Title or LabelField.Date or LabelField.Prompt)
        : parent == LabelField.Timeline && own == LabelField.Timeline;

    /// <summary>
    /// Every template part the document's section headings name (a heading may name several) when they are the
    /// document's structure: at least half its headings name a part. A story's own headings ("Midnight Crisis",
    /// "Scaling the Fix", "Aftermath and Lessons") name parts only in passing.
    /// </summary>
    public static HashSet<LabelField> NamedParts(IReadOnlyList<Section> sections)
    {
        var (parts, naming, other) = Tally(sections);
        if (naming < other)
        {
            parts.Clear();
        }

        return parts;
    }

    /// <summary>True when every heading below the title names a part of the write-up ("Summary", "Root cause", "Next steps").</summary>
    public static bool EveryHeadingNamesAPart(IReadOnlyList<Section> sections) => Tally(sections) is { Naming: > 0, Other: 0 };

    private static (HashSet<LabelField> Parts, int Naming, int Other) Tally(IReadOnlyList<Section> sections)
    {
        var parts = new HashSet<LabelField>();
        var topLevel = TopLevelHeadings(sections);
        int naming = 0, other = 0;
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            if (section.Heading is not { Length: > 0 } heading || section.HeadingLine is null || MayBeTitle(sections, i, topLevel))
            {
                continue;
            }

            var named = LabelVocabulary.NamedIn(heading);
            parts.UnionWith(named);
            naming += named.Count > 0 ? 1 : 0;

            // Date and time headings belong to a timeline, not to the structure.
            other += named.Count == 0 && !char.IsDigit(heading[0]) ? 1 : 0;
        }

        return (parts, naming, other);
    }

    /// <summary>
    /// The first heading, with nothing before it, stands where a title stands; so does a top-level heading
    /// unless the author heads every part at the top level (three or more of them).
    /// </summary>
    private static bool MayBeTitle(IReadOnlyList<Section> sections, int index, int topLevelHeadings) =>
        (index == 0 && sections[0].HeadingLine is not null) || (sections[index].Level == 1 && topLevelHeadings < MinTopLevelParts);

    private static int TopLevelHeadings(IReadOnlyList<Section> sections) => sections.Count(s => s.Level == 1 && s.HeadingLine is not null);
}
