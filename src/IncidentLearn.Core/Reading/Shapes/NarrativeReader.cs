using System.Text.RegularExpressions;
using IncidentLearn.Core.Reading.Sections;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>
/// An essay under headings with no STAR labels, often an interview answer whose first line asks the question.
/// Scored by its headings, more when it opens with an interview question and is told in the first person.
/// </summary>
public sealed partial class NarrativeReader : IShapeReader
{
    private const int MinToldSentences = 3;
    private const double UnheadedStoryScore = 0.25;
    private const int PromptSearchLines = 4;

    public string Shape => ShapeNames.Narrative;

    public double Score(ReadContext context)
    {
        var headings = SectionSplitter.CountHeadings(context);
        var prompt = PromptLine(context) is not null;
        var firstPerson = context.NonBlank.Take(200).Count(l => l.Content.Contains("I ", StringComparison.Ordinal)) >= 2;
        if (headings < 2 && !prompt)
        {
            // A story told in the past tense by its teller, with no headings at all ("I was on call when …"), is
            // still a story; "We are investigating" on a status page is not.
            // So is a report in prose that tells what happened to a service ("The service experienced an extended
            // outage … caused by a fault with our provider"), in more than one paragraph.
            return ToldSentences(context) >= MinToldSentences || (ReportedSentences(context) >= MinToldSentences && Paragraphs(context) >= 2) ? UnheadedStoryScore : 0;
        }

        return 0.3 + (0.05 * Math.Min(headings, 4)) + (prompt ? 0.2 : 0) + (firstPerson ? 0.05 : 0);
    }

    public void Extract(ReadContext context)
    {
        var record = context.Record;
        var start = 0;
        if (PromptLine(context) is { } first && QuestionText.PromptIn(first.Content) is { } prompt)
        {
            record.Prompt = prompt;
            context.Consume(first);
            start = first.Number;
        }

        var sections = SectionSplitter.Split(context, start);
        var title = sections.FirstOrDefault(s => s.Level == 1 && s.Heading is not null);
        if (title is not null && !title.HasText)
        {
            record.Title = title.Heading!;
            context.Consume(title.AllLines);
            sections.Remove(title);
        }

        EssayStar.Fill(context, sections);
        if (record.Prompt is null && sections.All(s => s.Heading is null) && ToldSentences(context) < MinToldSentences && record.Star.Situation is { Length: > 0 } opening)
        {
            // A report in prose (no teller, no question) opens with what happened: that is its summary.
            context.Texts.Append(TextField.Summary, opening);
            context.Texts.Flush();
        }

        if (record.Title.Length == 0)
        {
            // A first heading such as "Background" names a part, not the story; so do headings that come in a
            // series at one level after an opening paragraph ("The Roadblock", "The Fix", "Lessons"): then the story's
            // words name it.
            var headed = sections.Where(s => s.Heading is not null).ToList();
            var heading = headed.FirstOrDefault()?.Heading;
            var opensWithProse = sections.Count > 0 && sections[0].Heading is null && sections[0].HasText;
            var series = opensWithProse && headed.Count >= 3 && headed.All(s => s.Level == headed[0].Level);
            var generic = heading is null || series || Labels.LabelVocabulary.Find(heading) is not null || heading.Split(' ').Length < 2;
            record.Title = generic ? TitleMaker.FromStory(record.Star.Situation) : heading!;
        }
    }

    internal static SourceLine? FirstLine(ReadContext context) => context.NonBlank.FirstOrDefault();

    /// <summary>The interview question the answer opens with, among its first lines (after a prep page's "Question 2", "Difficulty: medium").</summary>
    private static SourceLine? PromptLine(ReadContext context) =>
        context.NonBlank.Take(PromptSearchLines).FirstOrDefault(l => QuestionText.PromptIn(l.Content) is not null);

    // Sentences of prose in which the teller says what "I" or "we" did, in the past tense (a paragraph may be one line).
    private static int ToldSentences(ReadContext context) =>
        context.NonBlank.Take(400).Where(l => l.WordCount >= 6).Sum(l => Sentences.Split(l.Content).Count(s => ToldClause().IsMatch(s)));

    private static int ReportedSentences(ReadContext context) =>
        context.NonBlank.Take(400).Where(l => l.WordCount >= 6).Sum(l => Sentences.Split(l.Content).Count(s => ReportedClause().IsMatch(s)));

    private static int Paragraphs(ReadContext context)
    {
        var count = 0;
        var inParagraph = false;
        foreach (var line in context.Lines.Take(400))
        {
            count += !line.IsBlank && !inParagraph && line.WordCount >= 6 ? 1 : 0;
            inParagraph = !line.IsBlank;
        }

        return count;
    }

    // What happened to a service, said in the past: "experienced an outage", "was caused by", "were unable to".
    [GeneratedRegex(@"\b(?:experienced|suffered|was caused|were caused|caused by|resulted in|went down|was down|were down|was unavailable|were unavailable|were unable|was unable|failed|was restored|were restored|recovered|rolled back|outage|downtime)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ReportedClause();

    [GeneratedRegex(@"\b(?:I|[Ww]e) (?:\w+ed|was|were|had|got|made|took|found|ran|saw|went|did|knew|thought|spent|lost|broke|wrote|built|began|led|sent|kept|chose|felt|told|asked|caught|brought)\b|\bI (?:\w+ed|was|had|am)\b", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ToldClause();
}
