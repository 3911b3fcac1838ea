using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Cards;

/// <summary>Finds the figures, times and durations worth blanking or perturbing in a sentence.</summary>
internal static partial class Figures
{
    public static bool MentionsMoney(string sentence) => Money().IsMatch(sentence);

    /// <summary>Spans worth remembering, longest first where they overlap: money, durations, quantities with units, clock times.</summary>
    public static IReadOnlyList<(int Index, int Length, string Kind)> Find(string sentence)
    {
        var spans = new List<(int Index, int Length, string Kind)>();
        void Add(Regex regex, string kind)
        {
            // Only positions are needed, so the matches are enumerated without Match objects.
            foreach (var m in regex.EnumerateMatches(sentence))
            {
                if (!Overlaps(spans, m.Index, m.Length))
                {
                    spans.Add((m.Index, m.Length, kind));
                }
            }
        }

        Add(Money(), "money");
        Add(Duration(), "duration");
        Add(Quantity(), "figure");
        Add(ClockTime(), "time");
        spans.Sort((a, b) => a.Index.CompareTo(b.Index));
        return spans;
    }

    private static bool Overlaps(List<(int Index, int Length, string Kind)> spans, int index, int length)
    {
        foreach (var s in spans)
        {
            if (index < s.Index + s.Length && s.Index < index + length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Three plausible wrong versions of a figure (half, one and a half times, double), formatted like it.</summary>
    public static IReadOnlyList<string> Perturb(string figure)
    {
        var m = Number().Match(figure);
        if (!m.Success || !decimal.TryParse(m.Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture, out var value) || value == 0)
        {
            return [];
        }

        var grouped = m.Value.Contains(',');
        var decimals = m.Value.Contains('.') ? m.Value.Length - m.Value.IndexOf('.') - 1 : 0;
        return new[] { 0.5m, 1.5m, 2m, 3m }
            .Select(f => Math.Round(value * f, decimals))
            .Where(v => v != value)
            .Select(v => figure[..m.Index] + v.ToString((grouped ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : ""), System.Globalization.CultureInfo.InvariantCulture) + figure[(m.Index + m.Length)..])
            .Distinct()
            .ToList();
    }

    [GeneratedRegex(@"[€$£]\s?\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?:k|m|million|billion))?|\d+(?:,\d{3})*(?:\.\d+)?\s?(?:EUR|USD|GBP|euros?|dollars?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|ninety)(?:\s(?:and a half|and\s\d+))?[\s-](?:seconds?|minutes?|hours?|days?|weeks?|ms)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?<![\w:.])\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?:%|GB|MB|TB|KB|ms|s\b|k\b|M\b|million|requests a second|requests per second|rps|msg/s|customers|users|orders|charges|messages|pods|nodes|replicas|consumers))?(?![\w:])", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\d+(?:,\d{3})*(?:\.\d+)?")]
    private static partial Regex Number();
}
