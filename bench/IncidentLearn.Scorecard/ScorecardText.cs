using System.Globalization;
using System.Text;

namespace IncidentLearn.Scorecard;

/// <summary>The scorecard as a person reads it: a table per field, then one line per document, then (verbose) each miss.</summary>
public static class ScorecardText
{
    public static string Write(Scorecard card, bool verbose)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{card.Documents.Count} document(s)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"field",-14} {"precision",9} {"recall",7} {"F1",6}   {"right",5} {"false",5} {"missed",6}");
        foreach (var (field, counts) in card.Totals)
        {
            text.AppendLine(Row(field, counts));
        }

        text.AppendLine(Row("(all fields)", card.AllTextFields));
        text.AppendLine(CultureInfo.InvariantCulture, $"{"chrome",-14} {card.ChromeFound} of {card.ChromeListed} listed strings found in the records (target 0)");
        text.AppendLine();

        var width = Math.Max(8, card.Documents.Select(d => d.Name.Length).DefaultIfEmpty(0).Max());
        foreach (var document in card.Documents)
        {
            text.AppendLine(DocumentLine(document, width));
            if (verbose)
            {
                foreach (var miss in document.Misses)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    {miss.Field}: {miss.Message}");
                }
            }
        }

        foreach (var name in card.WithoutText)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{name}: expectation has no {name}.txt or {name}.md beside it; not scored");
        }

        return text.ToString();
    }

    private static string Row(string field, FieldCounts c) => string.Create(
        CultureInfo.InvariantCulture,
        $"{field,-14} {Percent(c.Precision),9} {Percent(c.Recall),7} {Percent(c.F1),6}   {c.TruePositives,5} {c.FalsePositives,5} {c.FalseNegatives,6}");

    private static string DocumentLine(DocumentScore document, int width)
    {
        var parts = new List<string> { $"read as {document.ReadShape}" };
        foreach (var (field, c) in document.Fields.Where(f => !ScoredFields.Names.Contains(f.Key)))
        {
            parts.Add(field switch
            {
                "events" or "actionItems" or "sections" => $"{field} {c.TruePositives}/{c.TruePositives + c.FalseNegatives} (+{c.FalsePositives})",
                "figures" => $"{field} {c.TruePositives}/{c.TruePositives + c.FalseNegatives}",
                _ => $"{field} {(c.IsFullMarks ? "ok" : "MISS")}",
            });
        }

        var fields = document.Fields.Where(f => ScoredFields.Names.Contains(f.Key)).Aggregate(default(FieldCounts), (sum, f) => sum + f.Value);
        parts.Add($"fields P {Percent(fields.Precision)} R {Percent(fields.Recall)}");
        if (document.ChromeListed > 0)
        {
            parts.Add($"chrome {document.ChromeFound}");
        }

        var mark = document.IsFullMarks ? "full marks" : $"{document.Misses.Count} miss(es)";
        return string.Create(CultureInfo.InvariantCulture, $"{document.Name.PadRight(width)}  {string.Join("  ", parts)}  [{mark}]");
    }

    private static string Percent(double? share) => share is { } s ? s.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal) : "-";
}
