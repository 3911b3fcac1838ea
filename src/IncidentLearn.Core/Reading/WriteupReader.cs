using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Reading.Noise;
using IncidentLearn.Core.Reading.Shapes;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading;

/// <summary>
/// Reads a pasted write-up into an <see cref="Incidents.IncidentRecord"/>: normalise and segment, drop noise,
/// let every shape reader score the text, extract with the best, judge the leftovers, draft missing STAR
/// parts. Never throws: a failure inside a reader falls back to the plain reading with a warning.
/// </summary>
public static class WriteupReader
{
    private const double UncertainScore = 0.3;
    private const double CloseCall = 0.05;

    public static ReadResult Read(string? text)
    {
        text ??= "";
        try
        {
            return ReadWith(text, ShapeReaders.All);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            var fallback = ReadWith(text, [new PlainReader()], skipNoise: true);
            fallback.Report.Warnings.Insert(0, $"The reader failed on this text ({error.GetType().Name}); it was kept as plain text instead.");
            return fallback;
        }
    }

    private static ReadResult ReadWith(string text, IReadOnlyList<IShapeReader> readers, bool skipNoise = false)
    {
        var document = SourceDocument.Parse(text);
        var report = new ReadReport();
        var marks = skipNoise ? new NoiseMarks(document) : NoiseClassifier.Classify(document);
        report.Dropped.AddRange(marks.ToDroppedLines());
        // The fallback reads plainly, without the chat detection that may be what failed.
        var context = new ReadContext(document, Visible(document, marks, Sections.FrontMatter.Length(document.Lines)), report, skipNoise ? null : marks.Chat);

        var (winner, runnerUp) = Choose(context, readers);
        winner.Reader.Extract(context);
        context.Texts.Flush();
        Sections.FrontMatter.Read(context);
        Sections.MdxMetadata.Read(context);
        Timeline.TimelineFinder.Apply(context, winner.Reader.Shape);
        if (!skipNoise)
        {
            LeftoverLines.Judge(context, marks);
        }

        if (winner.Reader is not PlainReader)
        {
            LittleRecognisedGuard.Apply(context);
        }

        report.Dropped.Clear();
        report.Dropped.AddRange(marks.ToDroppedLines());
        report.Warnings.InsertRange(0, marks.Warnings);
        Describe(report, winner, runnerUp);

        var record = context.Record;
        record.SourceText = text;
        record.Questions = QuestionText.Distinct(record.Questions);
        if (winner.Reader.Shape is Shapes.ShapeNames.StarLabels or Shapes.ShapeNames.Narrative or Shapes.ShapeNames.Article)
        {
            FollowUpSentences.Fill(record);
        }

        Prose.ProseFacts.Fill(record, report);
        StarGapFiller.Fill(record, report);
        foreach (var (mention, source) in Numbers(context, marks))
        {
            report.Numbers.Add(mention);
            report.Sources[$"numbers[{report.Numbers.Count - 1}]"] = source;
        }

        foreach (var (path, span) in SourceLocator.Locate(document, record, report))
        {
            report.Sources[path] = span;
        }

        return new ReadResult(record, report);
    }

    private static ((IShapeReader Reader, double Score) Winner, (IShapeReader Reader, double Score)? RunnerUp) Choose(ReadContext context, IReadOnlyList<IShapeReader> readers)
    {
        var scored = readers.Select(r => (Reader: r, Score: Math.Clamp(r.Score(context), 0, 1))).OrderByDescending(s => s.Score).ToList();
        return (scored[0], scored.Count > 1 ? scored[1] : null);
    }

    private static void Describe(ReadReport report, (IShapeReader Reader, double Score) winner, (IShapeReader Reader, double Score)? runnerUp)
    {
        report.Shape = winner.Reader.Shape;
        report.Score = Math.Round(winner.Score, 3);
        report.RunnerUpShape = runnerUp?.Reader.Shape;
        report.RunnerUpScore = Math.Round(runnerUp?.Score ?? 0, 3);
        if (winner.Reader is PlainReader)
        {
            return;
        }

        if (winner.Score < UncertainScore)
        {
            report.Warnings.Add($"The shape is uncertain: read as {winner.Reader.Shape} with a low score ({winner.Score:0.00}).");
        }
        else if (runnerUp is { } second && second.Score > PlainReader.FloorScore && winner.Score - second.Score < CloseCall)
        {
            report.Warnings.Add($"Close call between shapes: {winner.Reader.Shape} ({winner.Score:0.00}) over {second.Reader.Shape} ({second.Score:0.00}).");
        }
    }

    /// <summary>The lines the shape readers see: dropped noise and the front matter (read on its own) stand as blanks.</summary>
    private static List<SourceLine> Visible(SourceDocument document, NoiseMarks marks, int frontMatterLines)
    {
        var lines = new List<SourceLine>(document.Lines.Count);
        for (var i = 0; i < document.Lines.Count; i++)
        {
            lines.Add(marks.IsDropped(i) || i < frontMatterLines ? SourceLine.Blank(document.Lines[i].Number) : document.Lines[i]);
        }

        return lines;
    }

    /// <summary>
    /// Figures from every kept line, read from the raw text so "10 000" keeps its narrow spaces' meaning; on
    /// timeline lines only the event's words count (a stated "(15 minutes)" is the timeline's business).
    /// </summary>
    private static IEnumerable<(NumberMention Mention, SourceSpan Source)> Numbers(ReadContext context, NoiseMarks marks)
    {
        var seen = new HashSet<(string, string?)>();
        for (var i = 0; i < context.Document.Lines.Count; i++)
        {
            var line = context.Document.Lines[i];
            if (marks.IsDropped(i) || line.IsBlank || context.LabelAt(i) is { Field: LabelField.Date })
            {
                continue;
            }

            var start = TimelineLines.EventTextStart(line.Raw);
            foreach (var mention in NumberExtractor.Extract(start == 0 ? line.Raw : line.Raw[start..]))
            {
                if (seen.Add((mention.Text, mention.Unit)))
                {
                    yield return (mention, new SourceSpan(line.Number, line.Number));
                }
            }
        }
    }
}
