using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Scorecard;

/// <summary>Looks for page furniture ("Posted by", "Older Post") anywhere in the record, case folded; each string found counts once.</summary>
public static class ChromeFinder
{
    public static void Score(IReadOnlyList<string> chrome, IncidentRecord record, DocumentScore score)
    {
        var texts = RecordTexts.Of(record).Where(t => !string.IsNullOrWhiteSpace(t.Text)).ToList();
        var found = 0;
        foreach (var piece in chrome.Where(c => TextFolding.FoldCase(c).Length > 0))
        {
            var needle = TextFolding.FoldCase(piece);
            var places = texts.Where(t => TextFolding.FoldCase(t.Text).Contains(needle, StringComparison.Ordinal)).Select(t => t.Where).ToList();
            if (places.Count > 0)
            {
                found++;
                score.Miss("chrome", $"chrome {Quote.Of(piece)} found in {string.Join(", ", places)}");
            }
        }

        score.CountChrome(chrome.Count, found);
    }
}
