using System.Text.RegularExpressions;
using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Sections;

/// <summary>Fills STAR from an essay's sections (mapped by <see cref="StarSectionMapper"/>) and picks out its lessons.</summary>
public static partial class EssayStar
{
    public static void Fill(ReadContext context, IReadOnlyList<Section> sections)
    {
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
