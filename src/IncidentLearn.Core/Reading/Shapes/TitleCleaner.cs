using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>Removes page boilerplate around a title: "# ", "**", and suffixes such as " - Example Response".</summary>
public static partial class TitleCleaner
{
    private const int MinTitleWords = 4;
    private const int MinFirstLineTitleWords = 3;
    private const int MaxTitleWords = 16;

    /// <summary>
    /// The line above a write-up's body that names it: a "# " heading, else the first short line of four words
    /// or more, a paragraph of its own, that is no "Label: value" line and ends in no sentence punctuation (the
    /// first line of a hard-wrapped paragraph does not stand alone). Null when none stands so.
    /// </summary>
    public static SourceLine? TitleLineIn(IReadOnlyList<SourceLine> preface)
    {
        if (preface.FirstOrDefault(l => l.Content.StartsWith("# ", StringComparison.Ordinal)) is { } heading)
        {
            return heading;
        }

        for (var i = 0; i < preface.Count; i++)
        {
            var line = preface[i];
            // Alone, or above the report's "Team: …" / "Date: …" lines.
            var alone = i + 1 >= preface.Count || preface[i + 1].IsBlank || IsLabelLine(preface[i + 1]);
            if (StandsAsTitle(line, alone, MinTitleWords))
            {
                return line;
            }
        }

        // None of four words or more: the text's first line may be shorter ("Mobile check-in degraded").
        var first = 0;
        while (first < preface.Count && preface[first].IsBlank)
        {
            first++;
        }

        return first < preface.Count && StandsAsTitle(preface[first], first + 1 >= preface.Count || preface[first + 1].IsBlank, MinFirstLineTitleWords) ? preface[first] : null;
    }

    private static bool StandsAsTitle(SourceLine line, bool alone, int fewestWords) =>
        !line.IsBlank && alone && line.WordCount >= fewestWords && line.WordCount <= MaxTitleWords
        && !line.Content.Contains(": ", StringComparison.Ordinal) && line.Content.TrimEnd()[^1] is not ('.' or ':' or '!' or '?' or ',');

    private static bool IsLabelLine(SourceLine line) =>
        line.Content.IndexOf(": ", StringComparison.Ordinal) is > 0 and < 30 && line.Content.TrimStart().StartsWith("- ", StringComparison.Ordinal) is false;

    public static string Clean(string title)
    {
        var trimmed = title.Trim().Trim('#', '*', '_', ' ').Trim();
        return SiteSuffix().Replace(Boilerplate().Replace(trimmed, ""), "").Trim();
    }

    [GeneratedRegex(@"\s*[-–—:|]\s*(?:an? )?(?:example|sample|model|suggested|star)\s+(?:response|answer)s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Boilerplate();

    // "September Outage Postmortem | useSend": a page title's site name after a bar.
    [GeneratedRegex(@"\s+\|\s+[^|]{1,40}$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SiteSuffix();
}
