using System.Globalization;
using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Stories;

/// <summary>Finds figures the author stated in prose: money, percentages, durations, sizes and counts of things.</summary>
public sealed partial class StatedFigureFinder : IStoryFigures
{
    private const string Number = @"(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)";

    [GeneratedRegex(@"(?<![\d:.,])(?<cur>[€$£])\s?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?<mult>million|billion|k|m|bn)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"(?<![\d:.,])" + Number + @"\s?(?<mult>million|thousand)?\s?(?<unit>%|percent\b|ms\b|s\b|seconds?\b|minutes?\b|min\b|hours?\b|days?\b|weeks?\b|GB\b|TB\b|MB\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Measure();

    [GeneratedRegex(@"(?<![\d:.,€$£])" + Number + @"\s?(?<mult>million|thousand|k|M)?\s(?:[\p{L}-]+\s){0,2}?(?<unit>users|customers|shoppers|orders|charges|payments|requests|messages|photos|objects|accounts|sessions|tickets|emails|pages|devices|installs|regions|records|rows|events|calls|transactions|people|merchants)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    /// <summary>Fields of the record searched, in the order a story's result prefers them.</summary>
    public IReadOnlyList<MeasuredFigure> FiguresFor(IncidentRecord record) =>
    [
        .. Find(record.Star.Result, "star.result"),
        .. Find(record.Impact, "impact"),
        .. Find(record.Summary, "summary"),
    ];

    public static IReadOnlyList<MeasuredFigure> Find(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var found = new List<(int Index, MeasuredFigure Figure)>();
        var taken = new List<(int Start, int End)>();
        void Add(Match m, string label, string unit)
        {
            if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length))
            {
                return;
            }

            taken.Add((m.Index, m.Index + m.Length));
            var value = ParseNumber(m.Groups["n"].Value) * Multiplier(m.Groups["mult"].Value);
            found.Add((m.Index, new MeasuredFigure(label, value, unit, MeasuredFigure.Stated, field, m.Value.Trim())));
        }

        foreach (Match m in Money().Matches(text))
        {
            Add(m, "money", m.Groups["cur"].Value);
        }

        foreach (Match m in Measure().Matches(text))
        {
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            Add(m, LabelForUnit(unit), unit);
        }

        foreach (Match m in Count().Matches(text))
        {
            Add(m, "count", m.Groups["unit"].Value.ToLowerInvariant());
        }

        return found.OrderBy(f => f.Index).Select(f => f.Figure).ToList();
    }

    private static string LabelForUnit(string unit) => unit switch
    {
        "%" or "percent" => "percentage",
        "gb" or "tb" or "mb" => "size",
        _ => "duration",
    };

    private static decimal Multiplier(string mult) => mult.ToLowerInvariant() switch
    {
        "million" or "m" => 1_000_000m,
        "billion" or "bn" => 1_000_000_000m,
        "thousand" or "k" => 1_000m,
        _ => 1m,
    };

    private static decimal ParseNumber(string text) => text.ToLowerInvariant() switch
    {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "ninety" => 90,
        _ => decimal.Parse(text.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture),
    };
}
