using IncidentLearn.Core.Reading.Sections;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>
/// A republished article: title (often printed twice), a one-paragraph abstract, short headings, body, then
/// site chrome. Scored by its headings plus the signs of a web page: a repeated title, an abstract and
/// chrome lines dropped; an interview question at the top points to a narrative instead.
/// </summary>
public sealed class ArticleReader : IShapeReader
{
    private const int AbstractMinWords = 20;
    private const double MaxPostmortemLikeScore = 0.35;

    public string Shape => ShapeNames.Article;

    public double Score(ReadContext context)
    {
        var headings = SectionSplitter.CountHeadings(context);
        if (headings < 2)
        {
            return 0;
        }

        var first = NarrativeReader.FirstLine(context);
        var titleRepeated = first is not null && context.Report.Dropped.Any(d => d.Kind == Noise.DropKind.Repeat && d.Line > first.Number && d.Text == first.Content);
        var chrome = context.Report.Dropped.Count;
        var prompt = first is not null && QuestionText.IsInterviewPrompt(first.Content);
        var sections = SectionSplitter.ForScoring(context);
        var hasAbstract = sections.Count > 1 && sections[0].Body.Count(l => !l.IsBlank) == 1 && sections[0].Body.First(l => !l.IsBlank).WordCount >= AbstractMinWords;
        // Headings that name three parts of a post-mortem template make a post-mortem, however web-like the page
        // (a timeline with its entries counting as one more part, as the post-mortem reader counts it).
        if (PostmortemReader.TemplateParts(context) >= PostmortemReader.MinTemplateParts)
        {
            return MaxPostmortemLikeScore;
        }

        return 0.3 + (0.05 * Math.Min(headings, 4)) + (titleRepeated ? 0.15 : 0) + (chrome >= 3 ? 0.1 : 0) + (hasAbstract ? 0.05 : 0) - (prompt ? 0.2 : 0);
    }

    public void Extract(ReadContext context)
    {
        var record = context.Record;
        var sections = SectionSplitter.Split(context);
        if (sections.Count > 0 && sections[0].Heading is { } title)
        {
            // The first heading is the article's title; the paragraph under it, when there is one, its abstract.
            record.Title = title;
            var lead = sections[0];
            var abstractLines = lead.Body.Where(l => !l.IsBlank).ToList();
            if (abstractLines.Count > 0)
            {
                record.Summary = lead.Text;
            }

            context.Consume(lead.AllLines);
            sections.RemoveAt(0);
        }

        EssayStar.Fill(context, sections);
        if (record.Title.Length == 0)
        {
            record.Title = TitleMaker.FromText(record.Star.Situation);
        }
    }
}
