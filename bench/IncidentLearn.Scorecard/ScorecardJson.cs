using System.Text.Json;

namespace IncidentLearn.Scorecard;

/// <summary>The scorecard for scripts: totals per field and each document with its counts and misses.</summary>
public static class ScorecardJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Write(Scorecard card) => JsonSerializer.Serialize(
        new
        {
            totals = card.Totals.Select(t => Row(t.Key, t.Value)).Append(Row("allFields", card.AllTextFields)),
            chrome = new { listed = card.ChromeListed, found = card.ChromeFound },
            documents = card.Documents.Select(d => new
            {
                name = d.Name,
                shape = d.ReadShape,
                fullMarks = d.IsFullMarks,
                fields = d.Fields.Select(f => Row(f.Key, f.Value)),
                chrome = new { listed = d.ChromeListed, found = d.ChromeFound },
                misses = d.Misses,
            }),
            withoutText = card.WithoutText,
        },
        Options);

    private static object Row(string field, FieldCounts c) => new
    {
        field,
        precision = c.Precision,
        recall = c.Recall,
        f1 = c.F1,
        right = c.TruePositives,
        @false = c.FalsePositives,
        missed = c.FalseNegatives,
    };
}
