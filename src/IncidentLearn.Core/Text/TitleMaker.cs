using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Text;

/// <summary>Makes a short title from prose: the sentence that says what happened, cut at a word boundary.</summary>
public static partial class TitleMaker
{
    public const int MaxLength = 90;

    private const int SentencesToSearch = 6;
    private const int MinTitleWords = 3;

    public static string FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Untitled incident";
        }

        var sentence = Sentences.First(text).Trim().Trim('"', '\u201c', '\u201d').TrimEnd('.', ':', ';', ',').Trim();
        return Shorten(sentence.Length == 0 ? "Untitled incident" : sentence);
    }

    /// <summary>
    /// A title for a story told in prose: the first of its opening sentences that tells of an incident (an
    /// outage, a failed migration, a crash) in the past, without a lead-in such as "I recall a situation where",
    /// which is looked at first. The scene-setting before the event ("During a peak-traffic period, …", "When I
    /// was on call at Brindle, …") and the consequences after it (", causing …", ", which …") are left out when
    /// what stays still names the incident; a sentence about how the teller works ("In an incident, I focus on
    /// clarity") is passed over for one that says what happened.
    /// </summary>
    public static string FromStory(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Untitled incident";
        }

        // A sentence that introduces the story ("I recall a time when …") names it better than the scene-setting before it.
        var opening = Sentences.Split(text).Take(SentencesToSearch).ToList();
        var told = opening.Where(s => LeadIn().IsMatch(s)).Concat(opening).Where(s => IncidentNoun().IsMatch(s)).ToList();
        foreach (var sentence in told.Where(s => PastTense().IsMatch(s)).Concat(told))
        {
            var lead = LeadIn().Match(sentence);
            var core = (lead.Success ? sentence[lead.Length..] : sentence).Trim().Trim('"', '\u201c', '\u201d').TrimEnd('.', ':', ';', ',', '!').Trim();
            core = Without(core, SceneSetting().Match(core), keepEnd: true);
            core = Without(core, Consequence().Match(core), keepEnd: false);
            core = Possessive().Replace(core, "");
            if (core.Length > 0)
            {
                return Shorten(char.ToUpperInvariant(core[0]) + core[1..]);
            }
        }

        return FromText(text);
    }

    /// <summary>The sentence without the matched lead (keepEnd) or tail, when what stays still names the incident in a few words.</summary>
    private static string Without(string sentence, Match part, bool keepEnd)
    {
        if (!part.Success)
        {
            return sentence;
        }

        var rest = (keepEnd ? sentence[part.Length..] : sentence[..part.Index]).Trim();
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinTitleWords && IncidentNoun().IsMatch(rest) ? rest : sentence;
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

    [GeneratedRegex(@"\b(?:outages?|incidents?|migrations?|failures?|failed|crash\w*|bugs?|releases?|deploy\w*|rollouts?|upgrades?|downtime|went down|broke|corrupt\w*|leaks?|overload\w*|breach\w*|data loss|latency|timeouts?|errors?|alerts?|paged|spikes?|stuck|leaked|exposed|lost|timed out|timing out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex IncidentNoun();

    // "During a peak-traffic period, ", "When I was the on-call engineer at Brindle Health, ", "In one case, ",
    // "Last spring I …", "One night we …": where and when, before the event itself.
    [GeneratedRegex(@"^(?:(?:during|when|while|in|on|at|last|one|after|before|as|early|late|back|around|shortly|a few|about|two|three|several)\b[^,.;]{0,70},\s+|(?:last|one|early|late|this)\s(?:spring|summer|autumn|fall|winter|year|month|week|night|morning|afternoon|evening|day|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?=(?:i|we|our|my|the)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SceneSetting();

    // ", causing a 99.9% SLA violation", ", which meant …", ", resulting in …", " and impacting …": what followed.
    [GeneratedRegex(@"(?:,\s*|\s+and\s+)(?:causing|which|resulting in|leading to|affecting|impacting|taking|bringing|knocking|so that|meaning)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Consequence();

    // "Our payment system …": a title names the system, not whose it was.
    [GeneratedRegex(@"^(?:our|my)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Possessive();

    // Something happened, in the past: "crashed", "went down", "was", "broke".
    [GeneratedRegex(@"\b(?:\w{2,}(?<!e)ed|was|were|had|went|broke|saw|took|found|began|lost|ran|got|made|fell|hit|caught|sent|shipped|pushed|deployed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PastTense();

    // "I recall a particularly tense situation where …", "There was a time when …", "I remember when …".
    [GeneratedRegex(@"^(?:(?:i|we) (?:recall|remember)|there (?:was|is)|one (?:time|day))\b[^,.]{0,60}?\b(?:where|when|in which|that)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex LeadIn();
}
