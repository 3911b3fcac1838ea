using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Text;

/// <summary>Makes a short title from prose: the sentence that says what happened, cut at a word boundary.</summary>
public static partial class TitleMaker
{
    public const int MaxLength = 90;

    private const int SentencesToSearch = 6;

    public static string FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Untitled incident";
        }

        var sentence = Sentences.First(text).Trim().TrimEnd('.', ':', ';', ',').Trim();
        return Shorten(sentence.Length == 0 ? "Untitled incident" : sentence);
    }

    /// <summary>
    /// A title for a story told in prose: the first of its opening sentences that names an incident (an
    /// outage, a failed migration, a crash), without a lead-in such as "I recall a situation where", which is
    /// looked at first; an opener that names no incident is passed over.
    /// </summary>
    public static string FromStory(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Untitled incident";
        }

        // A sentence that introduces the story ("I recall a time when …") names it better than the scene-setting before it.
        var opening = Sentences.Split(text).Take(SentencesToSearch).ToList();
        var told = opening.Where(s => LeadIn().IsMatch(s)).Concat(opening);
        foreach (var sentence in told)
        {
            if (IncidentNoun().IsMatch(sentence))
            {
                var lead = LeadIn().Match(sentence);
                var core = lead.Success ? sentence[lead.Length..] : sentence;
                core = core.Trim().TrimEnd('.', ':', ';', ',', '!').Trim();
                if (core.Length > 0)
                {
                    return Shorten(char.ToUpperInvariant(core[0]) + core[1..]);
                }
            }
        }

        return FromText(text);
    }

    public static string Shorten(string text)
    {
        var single = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (single.Length <= MaxLength)
        {
            return single;
        }

        var cut = single.LastIndexOf(' ', MaxLength - 1);
        return single[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':') + "…";
    }

    [GeneratedRegex(@"\b(?:outages?|incidents?|migrations?|failures?|failed|crash\w*|bugs?|releases?|deploy\w*|rollouts?|upgrades?|downtime|went down|broke|corrupt\w*|leaks?|overload\w*|breach\w*|data loss|latency|timeouts?|errors?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex IncidentNoun();

    // "I recall a particularly tense situation where …", "There was a time when …", "I remember when …".
    [GeneratedRegex(@"^(?:(?:i|we) (?:recall|remember)|there (?:was|is)|one (?:time|day))\b[^,.]{0,60}?\b(?:where|when|in which|that)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex LeadIn();
}
