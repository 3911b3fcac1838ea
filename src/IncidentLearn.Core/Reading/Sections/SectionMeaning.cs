using IncidentLearn.Core.Reading.Labels;

namespace IncidentLearn.Core.Reading.Sections;

/// <summary>
/// What a section is about, read from its heading: a label the parser knows ("## Root Cause", "**Impact:**"),
/// else the template part the heading's words name ("What was the impact identified?", "Summary of resolution").
/// </summary>
public static class SectionMeaning
{
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

        return LabelVocabulary.NamedIn(heading) is [var field, ..]
            ? new LabelMatch(field, heading, line.Text.Length, line.Indent, Bulleted: false, HeadingLevel: Math.Max(1, section.Level), LetterForm: false)
            : null;
    }

    /// <summary>Every template part the document's section headings name (a heading may name several).</summary>
    public static HashSet<LabelField> NamedParts(IReadOnlyList<Section> sections)
    {
        var parts = new HashSet<LabelField>();
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            if (section.Heading is not { Length: > 0 } heading || section.HeadingLine is null || MayBeTitle(sections, i))
            {
                continue;
            }

            parts.UnionWith(LabelVocabulary.NamedIn(heading));
        }

        return parts;
    }

    /// <summary>
    /// The first heading, with nothing before it, stands where a title stands; so does a top-level heading
    /// unless the author heads every part at the top level (three or more of them).
    /// </summary>
    public static bool MayBeTitle(IReadOnlyList<Section> sections, int index) =>
        (index == 0 && sections[0].HeadingLine is not null)
        || (sections[index].Level == 1 && sections.Count(s => s.Level == 1 && s.HeadingLine is not null) < 3);
}
