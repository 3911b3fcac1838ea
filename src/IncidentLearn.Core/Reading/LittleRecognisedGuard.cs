using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading;

/// <summary>
/// Never an empty record without a word: when a shape reader recognised nothing that fills the record, the
/// text's first paragraphs become the summary (so the record still carries it) and a warning names what was
/// not found; a text with nothing left after page chrome says so.
/// </summary>
public static class LittleRecognisedGuard
{
    private const int SummaryCharacters = 1_200;

    /// <summary>For a shape reader's result; the plain reading keeps the whole text and says so itself.</summary>
    public static void Apply(ReadContext context)
    {
        var record = context.Record;
        if (HasContent(record))
        {
            return;
        }

        var kept = Paragraphs.Join(context.Lines.Where(l => !context.WasDropped(l.Number)));
        if (kept.Length == 0)
        {
            context.Warn(context.Document.Lines.Any(l => !l.IsBlank)
                ? "Everything in the text was read as page chrome, so the record is empty; check the dropped lines."
                : "The text was empty, so the record is empty.");
            return;
        }

        record.Summary = FirstParagraphs(kept);
        record.Title = record.Title.Length > 0 ? record.Title : TitleMaker.FromText(record.Summary);
        context.Warn("Little was recognised: no summary, impact, cause, STAR part, timeline or action items were found, so the summary holds the text's first paragraphs.");
    }

    private static bool HasContent(IncidentRecord record) =>
        !string.IsNullOrWhiteSpace(record.Summary) || !string.IsNullOrWhiteSpace(record.Impact) || !string.IsNullOrWhiteSpace(record.Resolution)
        || !string.IsNullOrWhiteSpace(record.Star.Situation) || !string.IsNullOrWhiteSpace(record.Star.Action) || !string.IsNullOrWhiteSpace(record.Star.Result)
        || record.Timeline.Count > 0 || record.RootCauses.Count > 0 || record.ActionItems.Count > 0 || record.FollowUps.Count > 0;

    private static string FirstParagraphs(string text)
    {
        if (text.Length <= SummaryCharacters)
        {
            return text;
        }

        var cut = text.LastIndexOf("\n\n", SummaryCharacters, StringComparison.Ordinal);
        if (cut > SummaryCharacters / 3)
        {
            return text[..cut];
        }

        var space = text.LastIndexOf(' ', SummaryCharacters);
        return text[..(space > SummaryCharacters / 2 ? space : SummaryCharacters)] + "…";
    }
}
