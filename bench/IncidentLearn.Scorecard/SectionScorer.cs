using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Scorecard;

/// <summary>
/// Whether the text under each heading a careful reader names reached the field it belongs in. The heading is
/// found in the source; the first words of the text under it (or after it on a label's line) are the probe; the
/// section is right when the expected field holds most of the probe's words, false when another field does
/// instead, missed otherwise. Drafted STAR parts count as empty.
/// </summary>
public static partial class SectionScorer
{
    private const int ProbeWords = 5;
    private const int MinProbeWords = 3;
    private const int MaxProbes = 3;
    private const int ProbeLines = 12;
    private const double ProbeShare = 0.8;

    public static IReadOnlyList<string> Fields { get; } =
        ["summary", "impact", "rootCauses", "trigger", "detection", "resolution", "lessons", "actionItems", "timeline", "situation", "task", "action", "result", "contributingFactors"];

    public static void Score(IReadOnlyList<ExpectedSection> sections, IncidentRecord record, IReadOnlyCollection<string> drafted, DocumentScore score)
    {
        // A "<br>" breaks a line as much as a newline does ("Duration: 2 days<br> User impact: …").
        var lines = Break().Replace(record.SourceText ?? "", "\n").Split('\n').Select(Plain).ToArray();
        var searchFrom = 0;
        foreach (var section in sections)
        {
            if (!Fields.Contains(section.Field))
            {
                throw new ArgumentException($"\"{section.Field}\" is not a field a section can name (one of {string.Join(", ", Fields)})", nameof(sections));
            }

            var (probes, at) = Probes(lines, section.Heading, searchFrom);
            if (probes.Count == 0)
            {
                score.Add("sections", new FieldCounts(0, 0, 1));
                score.Miss("sections", $"heading {Quote.Of(section.Heading)} not found at the start of a line, or nothing under it");
                continue;
            }

            searchFrom = at + 1;
            if (probes.Any(p => Holds(Text(record, drafted, section.Field), p)))
            {
                score.Add("sections", FieldCounts.Perfect);
                continue;
            }

            var elsewhere = Fields.FirstOrDefault(f => f != section.Field && probes.Any(p => Holds(Text(record, drafted, f), p)));
            score.Add("sections", new FieldCounts(0, elsewhere is null ? 0 : 1, 1));
            score.Miss("sections", $"{Quote.Of(section.Heading)} belongs in {section.Field}, {(elsewhere is null ? "found in no field" : $"read into {elsewhere}")} (probe: {string.Join(' ', probes[0])})");
        }
    }

    /// <summary>
    /// Up to three probes from the text under the heading (the rest of a label's line, then the next lines of some
    /// words: a note such as "All times UTC" or a table's header may come first), and the heading's line.
    /// </summary>
    private static (List<List<string>> Probes, int Line) Probes(string[] lines, string heading, int from)
    {
        var wanted = TextFolding.Fold(heading);
        for (var pass = 0; pass < 2 && wanted.Length > 0; pass++)
        {
            // Headings are listed in source order; a heading named twice is looked for after the one before it first.
            for (var i = pass == 0 ? from : 0; i < lines.Length; i++)
            {
                var folded = TextFolding.Fold(lines[i]);
                if (!StartsWithHeading(folded, wanted) || !StandsAsHeading(lines[i], folded, wanted))
                {
                    continue;
                }

                var probes = new List<List<string>>();
                var rest = Words(folded[Math.Min(folded.Length, folded.IndexOf(wanted, StringComparison.Ordinal) + wanted.Length)..]);
                if (rest.Count >= MinProbeWords)
                {
                    probes.Add(rest.Take(ProbeWords).ToList());
                }

                for (var j = i + 1; probes.Count < MaxProbes && j < lines.Length && j <= i + ProbeLines; j++)
                {
                    var words = Words(TextFolding.Fold(lines[j]));
                    if (words.Count >= MinProbeWords)
                    {
                        probes.Add(words.Take(ProbeWords).ToList());
                    }
                }

                return (probes, i);
            }
        }

        return ([], from);
    }

    // The heading is the whole line, or a label ending in a colon, stop or dash ("Impact: …", "Summary. There was …", "S – Situation"), not the
    // first words of a sentence ("What happened during the outage, …").
    private static bool StandsAsHeading(string line, string folded, string wanted)
    {
        // What follows may be a footnote's number ("Where we got lucky[166]").
        if (folded[(folded.IndexOf(wanted, StringComparison.Ordinal) + wanted.Length)..].All(c => c == ' ' || char.IsAsciiDigit(c)))
        {
            return true;
        }

        var text = line.TrimStart('-', '*', '+', '#', '>', ' ', '\t', '\u2022');
        var mark = text.IndexOfAny([':', '.', '-', '\u2013', '\u2014', '?']);
        line = text;
        return mark >= 0 && TextFolding.Fold(line[..mark]).EndsWith(wanted, StringComparison.Ordinal);
    }

    // The heading opens the line, after at most a number ("3 impact" from "## 3. Impact").
    private static bool StartsWithHeading(string folded, string wanted)
    {
        var line = folded.Length > 0 && char.IsAsciiDigit(folded[0]) && folded.IndexOf(' ') is > 0 and var space && !char.IsAsciiDigit(wanted[0]) ? folded[(space + 1)..] : folded;
        return line.StartsWith(wanted, StringComparison.Ordinal) && (line.Length == wanted.Length || line[wanted.Length] == ' ');
    }

    /// <summary>A source line as words: emphasis marks go without a gap ("**T**ask" is "Task"), links keep their text, addresses go.</summary>
    private static string Plain(string line)
    {
        var text = Link().Replace(line, " $1 ");
        text = Address().Replace(text, " ");
        return text.Replace("*", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Address();

    // Clock digits and numbers are left out: a timeline entry keeps its words, its stamp is read apart.
    private static List<string> Words(string folded) =>
        TextFolding.ContentWords(folded).Where(w => !w.All(char.IsAsciiDigit) && w is not ("am" or "pm" or "utc")).ToList();

    private static bool Holds(string? text, List<string> probe)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var have = TextFolding.Words(text).ToHashSet();
        return probe.Count(have.Contains) >= ProbeShare * probe.Count;
    }

    private static string? Text(IncidentRecord record, IReadOnlyCollection<string> drafted, string field) => field switch
    {
        "actionItems" => string.Join("\n", record.ActionItems.Select(a => a.Text)),
        "timeline" => string.Join("\n", record.Timeline.Select(e => $"{e.Actor} {e.Text}")),
        "contributingFactors" => string.Join("\n", record.ContributingFactors),
        _ => ScoredFields.Read(record, drafted, field),
    };
}
