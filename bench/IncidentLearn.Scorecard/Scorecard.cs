namespace IncidentLearn.Scorecard;

/// <summary>
/// Runs the reader over a folder of NAME.txt / NAME.md texts with NAME.expect.json beside them and sums the
/// counts per field across documents (micro-averaged: a long timeline weighs more than a short one).
/// </summary>
public sealed class Scorecard
{
    public const string ExpectationSuffix = ".expect.json";

    private static readonly string[] TextExtensions = [".txt", ".md"];

    public required IReadOnlyList<DocumentScore> Documents { get; init; }

    /// <summary>Expectations with no text beside them, named so a typo in a file name is noticed.</summary>
    public required IReadOnlyList<string> WithoutText { get; init; }

    /// <summary>Every field any document scored, in report order, with its counts summed.</summary>
    public OrderedDictionary<string, FieldCounts> Totals
    {
        get
        {
            var totals = new OrderedDictionary<string, FieldCounts>();
            foreach (var name in FieldOrder.Concat(Documents.SelectMany(d => d.Fields.Keys)).Distinct())
            {
                var present = Documents.Where(d => d.Fields.ContainsKey(name)).ToList();
                if (present.Count > 0)
                {
                    totals[name] = present.Aggregate(default(FieldCounts), (sum, d) => sum + d.Fields[name]);
                }
            }

            return totals;
        }
    }

    /// <summary>The eleven text fields together, the figure the reader's field work is judged by.</summary>
    public FieldCounts AllTextFields =>
        Documents.SelectMany(d => d.Fields.Where(f => ScoredFields.Names.Contains(f.Key)).Select(f => f.Value))
            .Aggregate(default(FieldCounts), (sum, c) => sum + c);

    public int ChromeListed => Documents.Sum(d => d.ChromeListed);

    public int ChromeFound => Documents.Sum(d => d.ChromeFound);

    public static IReadOnlyList<string> FieldOrder { get; } =
        ["title", "shape", "events", "sections", .. ScoredFields.Names, "actionItems", "zone", "figures"];

    /// <summary>The expectation files of a folder, each with the text it describes (null when there is none).</summary>
    public static IEnumerable<(string Name, string ExpectationPath, string? TextPath)> Find(string folder) =>
        Directory.GetFiles(folder, "*" + ExpectationSuffix)
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var name = Path.GetFileName(path)[..^ExpectationSuffix.Length];
                var text = TextExtensions.Select(e => Path.Combine(folder, name + e)).FirstOrDefault(File.Exists);
                return (name, path, text);
            });

    /// <exception cref="ExpectationException">An expectation file cannot be read.</exception>
    public static Scorecard Run(string folder, string? only = null)
    {
        var documents = new List<DocumentScore>();
        var withoutText = new List<string>();
        foreach (var (name, expectationPath, textPath) in Find(folder).Where(f => only is null || f.Name == only))
        {
            var expectation = ExpectationLoader.Load(expectationPath);
            if (textPath is null)
            {
                withoutText.Add(name);
                continue;
            }

            documents.Add(Scorer.Score(name, File.ReadAllText(textPath), expectation));
        }

        return new Scorecard { Documents = documents, WithoutText = withoutText };
    }
}
