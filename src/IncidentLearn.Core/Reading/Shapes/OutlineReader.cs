using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>
/// Bulleted notes with labels ("- Challenge:", "- Immediate Response:", "- Preventive Measures:" with nested
/// bullets, "- Anticipated Follow-Up Question 2: …"), often after a list of quiz questions. Scored by the
/// number of labelled bullets, more when labels beyond the four STAR words appear.
/// </summary>
public sealed class OutlineReader : IShapeReader
{
    public string Shape => ShapeNames.Outline;

    public double Score(ReadContext context)
    {
        var bullets = 0;
        var fields = new HashSet<LabelField>();
        for (var i = 0; i < context.Lines.Count; i++)
        {
            // "- ROOT CAUSE" alone in capitals heads the prose under it: a heading, not an outline's point.
            if (context.LabelAt(i) is { Bulleted: true, HeadingLevel: 0 } label && Sections.SectionSplitter.CapitalBulletText(context.Lines[i]) is null)
            {
                bullets++;
                fields.Add(label.Field);
            }
        }

        var beyondStar = fields.Count(f => !LabelVocabulary.IsStar(f));
        if (bullets < 3 || fields.Count < 3)
        {
            return 0;
        }

        return Math.Min(0.95, 0.35 + (0.05 * fields.Count) + (0.08 * Math.Min(beyondStar, 5)));
    }

    public void Extract(ReadContext context)
    {
        var first = FirstLabelledBullet(context);
        var (_, parts) = LabelledParts.Split(context, first, context.Lines.Count);
        ReadBefore(context, first);
        foreach (var part in parts)
        {
            FieldFiller.Fill(context, part);
        }

        context.Texts.Flush();

        var record = context.Record;
        record.Questions = QuestionText.Distinct(record.Questions);
        if (record.Title.Length == 0)
        {
            record.Title = TitleMaker.FromText(record.Star.Situation ?? record.Star.Task);
        }
    }

    private static int FirstLabelledBullet(ReadContext context)
    {
        for (var i = 0; i < context.Lines.Count; i++)
        {
            if (context.LabelAt(i) is { Bulleted: true })
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>Before the outline: quiz questions (asked by the source), the interview question, and the title line right above the bullets.</summary>
    private static void ReadBefore(ReadContext context, int first)
    {
        var record = context.Record;
        for (var i = 0; i < first; i++)
        {
            var line = context.Lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (QuestionText.IsQuestion(line.Content) || QuestionText.IsInterviewPrompt(line.Content))
            {
                var question = QuestionText.StripQuestionLabel(line.Content.Trim());
                if (QuestionText.IsInterviewPrompt(question) && !QuestionText.IsQuestion(question))
                {
                    record.Prompt ??= question;
                }
                else
                {
                    record.Questions.Add(question);
                }

                context.Consume(line);
            }
        }

        var titleLine = context.Lines.Take(first).LastOrDefault(l => !l.IsBlank);
        if (titleLine is not null && !context.IsConsumed(titleLine.Number) && titleLine.WordCount <= 14)
        {
            record.Title = TitleCleaner.Clean(titleLine.Content);
            context.Consume(titleLine);
        }
    }
}
