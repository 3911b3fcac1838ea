using System.Text.RegularExpressions;
using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Sections;

/// <summary>Fills STAR from an essay's sections (mapped by <see cref="StarSectionMapper"/>) and picks out its lessons.</summary>
public static partial class EssayStar
{
    /// <summary>Fewer parts than this and the story is mapped paragraph by paragraph, then sentence by sentence.</summary>
    private const int PartsToMap = 4;
    private const int MinSentencesToMap = 3;
    private const int MaxSentencesToMap = 80;

    public static void Fill(ReadContext context, IReadOnlyList<Section> headed)
    {
        var sections = Units(headed);
        var parts = StarSectionMapper.Map(sections);
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            context.Consume(section.AllLines);
            var text = section.Text;
            if (text.Length == 0)
            {
                continue;
            }

            switch (parts[i])
            {
                case 0: context.Texts.Append(TextField.Situation, text); break;
                case 1: context.Texts.Append(TextField.Task, text); break;
                case 2: context.Texts.Append(TextField.Action, text); break;
                default: context.Texts.Append(TextField.Result, text); break;
            }

            ReadLessons(context, section);
        }

        context.Texts.Flush();
    }

    /// <summary>
    /// The pieces to map to S, T, A and R: the sections when there are enough; otherwise their paragraphs, and
    /// when a story is one or two paragraphs, its sentences: what each says decides its part, its place is a prior.
    /// </summary>
    private static List<Section> Units(IReadOnlyList<Section> sections)
    {
        var withText = sections.Count(s => s.HasText);
        if (withText >= PartsToMap)
        {
            return [.. sections];
        }

        var paragraphs = sections.SelectMany(ParagraphsOf).ToList();
        if (paragraphs.Count(s => s.HasText) >= PartsToMap)
        {
            return paragraphs;
        }

        // Three sentences tell a story too (what broke, what I did, how it ended): the task is then left to be drafted.
        var sentences = paragraphs.SelectMany(SentencesOf).ToList();
        return sentences.Count is >= MinSentencesToMap and <= MaxSentencesToMap ? sentences : paragraphs;
    }

    private static IEnumerable<Section> ParagraphsOf(Section section)
    {
        var current = new Section { Heading = section.Heading, HeadingLine = section.HeadingLine, Level = section.Level };
        foreach (var line in section.Body)
        {
            if (line.IsBlank && current.HasText)
            {
                yield return current;
                current = new Section();
                continue;
            }

            current.Body.Add(line);
        }

        if (current.HasText || current.HeadingLine is not null)
        {
            yield return current;
        }
    }

    private static IEnumerable<Section> SentencesOf(Section paragraph)
    {
        var first = true;
        foreach (var line in paragraph.Body.Where(l => !l.IsBlank))
        {
            foreach (var sentence in Text.Sentences.Split(line.Text))
            {
                var unit = first ? new Section { Heading = paragraph.Heading, HeadingLine = paragraph.HeadingLine, Level = paragraph.Level } : new Section();
                unit.Body.Add(new SourceLine(line.Number, sentence));
                first = false;
                yield return unit;
            }
        }
    }

    private static void ReadLessons(ReadContext context, Section section)
    {
        var lessons = context.Record.Lessons.Other;
        if (section.Heading is { } heading && LessonsHeading().IsMatch(heading))
        {
            var items = Paragraphs.Items(section.Body);
            lessons.AddRange(items.Count > 1 ? items : Text.Sentences.Split(section.Text));
            return;
        }

        lessons.AddRange(Text.Sentences.Split(section.Text).Where(s => LessonSentence().IsMatch(s)));
    }

    [GeneratedRegex(@"\b(?:lessons?|learn\w*|takeaways?|reflections?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex LessonsHeading();

    [GeneratedRegex(@"\b(?:i|we) (?:learned|learnt|realised|realized)\b|\blesson\b|\bnext time\b|\bin hindsight\b|\bthe takeaway\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex LessonSentence();
}
