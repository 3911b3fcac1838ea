using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Sections;

/// <summary>
/// Maps essay sections to Situation, Task, Action, Result by what they say: setting and stakes → S, goal or
/// constraint → T, what was done → A, outcome, figures and lessons → R. Each section scores each part from
/// its heading, its words and its place; the best assignment that keeps the story's order (S ≤ T ≤ A ≤ R)
/// wins, found by dynamic programming over the sections (linear in their number).
/// </summary>
public static partial class StarSectionMapper
{
    private const int Parts = 4;
    private const double NewPartBonus = 1.5;

    /// <summary>Returns the STAR part (0 S, 1 T, 2 A, 3 R) for each section.</summary>
    public static int[] Map(IReadOnlyList<Section> sections)
    {
        var n = sections.Count;
        if (n == 0)
        {
            return [];
        }

        var best = new double[n, Parts];
        var from = new int[n, Parts];
        for (var i = 0; i < n; i++)
        {
            for (var p = 0; p < Parts; p++)
            {
                var score = Score(sections[i], p, i, n);
                if (i == 0)
                {
                    best[i, p] = score + NewPartBonus - (p * 0.5);
                    continue;
                }

                best[i, p] = double.NegativeInfinity;
                for (var q = 0; q <= p; q++)
                {
                    var candidate = best[i - 1, q] + score + (q == p ? 0 : NewPartBonus);
                    if (candidate > best[i, p])
                    {
                        best[i, p] = candidate;
                        from[i, p] = q;
                    }
                }
            }
        }

        var parts = new int[n];
        var last = 0;
        for (var p = 1; p < Parts; p++)
        {
            last = best[n - 1, p] > best[n - 1, last] ? p : last;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            parts[i] = last;
            last = from[i, last];
        }

        return parts;
    }

    private static double Score(Section section, int part, int index, int count)
    {
        var heading = section.Heading ?? "";
        var body = section.Text;
        var expected = count == 1 ? 0 : 3.0 * index / (count - 1);
        var score = -0.4 * Math.Abs(part - expected);
        score += HeadingCue(part).IsMatch(heading) ? 3 : 0;
        score += Math.Min(2.0, 0.5 * Hits(BodyCue(part), body));
        return score;
    }

    private static int Hits(Regex regex, string text)
    {
        var hits = 0;
        foreach (var _ in regex.EnumerateMatches(text))
        {
            if (++hits >= 6)
            {
                break;
            }
        }

        return hits;
    }

    private static Regex HeadingCue(int part) => part switch
    {
        0 => SituationHeading(),
        1 => TaskHeading(),
        2 => ActionHeading(),
        _ => ResultHeading(),
    };

    private static Regex BodyCue(int part) => part switch
    {
        0 => SituationBody(),
        1 => TaskBody(),
        2 => ActionBody(),
        _ => ResultBody(),
    };

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:context|background|situation|setting|overview|introduction|the (?:setup|scene)|what happened|where it (?:started|began)|surprise|roadblock|problem|obstacle|blocker|incident)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SituationHeading();

    [GeneratedRegex(@"\b(?:task|goal|challenge|constraints?|dilemma|stakes|decision|owner|owned|nobody|no one|responsib\w*|mission|the ask|trade-?off|call to make|crisis|pressure|risks?)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TaskHeading();

    [GeneratedRegex(@"\b(?:action|what (?:i|we) did|approach|workaround|fix|recovery|response|mitigation|investigat\w*|debugging|diagnos\w*|steps|by hand|rollback|plan|solution|draining|triage|firefight\w*|getting (?:it )?back|implement\w*|execution)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ActionHeading();

    [GeneratedRegex(@"\b(?:results?|outcomes?|success|impact|aftermath|afterwards|after ?math|what changed|lessons?|learn\w*|takeaways?|reflections?|follow[- ]?ups?|since then|in the end|conclusion|looking back|next time|today)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ResultHeading();

    [GeneratedRegex(@"\b(?:it was|we were|our (?:team|service|system|product|platform|cluster)|(?:was|were) (?:running|serving|responsible)|served|at the time|on a (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|started (?:backing|failing|timing)|\d{1,2}:\d{2})\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SituationBody();

    [GeneratedRegex(@"\b(?:i (?:had|needed|was asked|owned|decided|took)|my (?:job|task|goal|role)|we (?:had|needed) to|had to|needed to|without|deadline|constraint|nobody|no one|only (?:person|one)|responsib\w*|the goal|rather than wait|rose|spiked|jumped|went from \d|unreachable|suspected|timing out|backlog)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TaskBody();

    [GeneratedRegex(@"\b(?:i|we|the team|engineers) (?:\w+ed|built|wrote|ran|made|found|took|set|put|sent|kept|led|began|chose|drove|brought|split|cut|shut|rewrote|moved|rolled|scaled)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ActionBody();

    [GeneratedRegex(@"\b(?:as a result|no (?:\w+ )?(?:was|were) (?:lost|charged|affected)|now|since|afterwards|learned|lessons?|dropped|reduced|improved|saved|finished|on time|back (?:to|under)|\d+\s?%|we added|was assigned|next time)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ResultBody();
}
