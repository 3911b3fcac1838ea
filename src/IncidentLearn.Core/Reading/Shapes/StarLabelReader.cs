using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>
/// A STAR answer with labelled parts ("S – Situation:", "Task:", "**A – Action**", "R)", "## Result").
/// Scored by how many of the four parts carry a label; bare initials count only when three or more appear.
/// </summary>
public sealed class StarLabelReader : IShapeReader
{
    public string Shape => ShapeNames.StarLabels;

    public double Score(ReadContext context)
    {
        var (words, initials, others) = CountLabels(context);
        var distinct = words.Count + (initials.Count >= 3 ? initials.Except(words).Count() : 0);
        if (distinct < 2)
        {
            return 0;
        }

        // Outline-only labels (Challenge, Mistake, Outcome…) in bullets mean an outline that happens to say "Situation".
        return Math.Max(0.2, 0.3 + (0.15 * distinct) - (0.08 * others));
    }

    public void Extract(ReadContext context)
    {
        var (words, initials, _) = CountLabels(context);
        var trustInitials = initials.Count >= 3;
        var (preamble, parts) = LabelledParts.Split(context, 0, context.Lines.Count, l => !l.LetterForm || l.Label.Length > 1 || trustInitials);
        ReadPreamble(context, preamble);
        foreach (var part in parts)
        {
            FieldFiller.Fill(context, part);
        }

        context.Texts.Flush();

        var record = context.Record;
        // An answer is named by the question it answers; without one, by its opening.
        record.Title = record.Title.Length > 0 ? record.Title : record.Prompt is { } prompt ? prompt.TrimEnd('.', ' ') : TitleMaker.FromStory(record.Star.Situation);
        _ = words;
    }

    /// <summary>Before the first label: the interview question if one is asked; a stray line such as "Model answer" is left for the noise pass.</summary>
    internal static void ReadPreamble(ReadContext context, IEnumerable<SourceLine> preamble)
    {
        foreach (var line in preamble.Where(l => !l.IsBlank))
        {
            if (context.Record.Prompt is null && QuestionText.PromptIn(line.Content) is { } prompt)
            {
                context.Record.Prompt = prompt;
                context.Consume(line);
            }
            else if (QuestionText.IsQuestion(line.Content))
            {
                context.Record.Questions.Add(line.Content.Trim());
                context.Consume(line);
            }
        }
    }

    private static (HashSet<LabelField> Words, HashSet<LabelField> Initials, int Others) CountLabels(ReadContext context)
    {
        var words = new HashSet<LabelField>();
        var initials = new HashSet<LabelField>();
        var others = new HashSet<LabelField>();
        for (var i = 0; i < context.Lines.Count; i++)
        {
            if (context.LabelAt(i) is not { } label)
            {
                continue;
            }

            if (!label.IsStar)
            {
                if (label.Bulleted && label.Field is LabelField.Challenge or LabelField.Mistake or LabelField.Outcome or LabelField.ImmediateResponse or LabelField.Communication or LabelField.Resolution or LabelField.ActionItems)
                {
                    others.Add(label.Field);
                }

                continue;
            }

            (label.LetterForm && label.Label.Length == 1 ? initials : words).Add(label.Field);
        }

        return (words, initials, others.Count);
    }
}
