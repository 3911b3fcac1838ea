using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>Text with no structure we recognise: still a record (title from the first sentence, the text as summary), with a warning.</summary>
public sealed class PlainReader : IShapeReader
{
    public const double FloorScore = 0.1;

    public string Shape => ShapeNames.Plain;

    public double Score(ReadContext context) => FloorScore;

    public void Extract(ReadContext context)
    {
        var lines = context.NonBlank.ToList();
        // A status page's "Posted …" stamp says when the text was published; it is no part of what the text says.
        var text = Paragraphs.Join(context.Lines.Where(l => l.IsBlank || Timeline.TimedBlocks.PostStamp(l) is null));
        var record = context.Record;
        record.Summary = text.Length == 0 ? null : text;
        record.Prompt = lines.Count > 0 ? QuestionText.PromptIn(lines[0].Content) : null;
        record.Title = record.Prompt?.TrimEnd('.', ' ') ?? TitleMaker.FromText(text);

        context.Consume(lines);
        context.Warn(text.Length == 0
            ? "The text was empty (or only page chrome), so the record is empty."
            : "No structure was recognised (no STAR labels, headings, outline, time ranges or chat lines); the whole text was kept as the summary.");
    }
}
