using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Prose;

/// <summary>What a sentence of an incident story says about the incident.</summary>
public enum SentenceRole
{
    RootCause,
    Resolution,
    Detection,
    Lesson,
    Impact,
    Trigger,
}

/// <summary>
/// The one vocabulary of wording that tells what a sentence of prose is about: "was caused by" names a cause,
/// "we rolled back" a resolution, "we were paged" a detection, "lesson learned" a lesson, "customers could not
/// check out" the impact, "after a deploy" the trigger. Cues are grammar-shaped (a subject with a verb, a
/// preposition with its object) rather than phrases of any one write-up, so they hold across authors.
/// </summary>
public static partial class SentenceRoles
{
    /// <summary>Every role whose wording the sentence has, in the order a role is given when a sentence has several.</summary>
    public static IEnumerable<SentenceRole> Of(string sentence)
    {
        // What was changed afterwards ("to prevent this in future we added …") is a follow-up or a lesson, not the incident.
        if (Afterwards().IsMatch(sentence))
        {
            if (Lesson().IsMatch(sentence))
            {
                yield return SentenceRole.Lesson;
            }

            yield break;
        }

        // What someone set out to do ("I needed to find the root cause", "I had to restore service") is a task, not a
        // fact of the incident; a cue before the intent still counts ("To fix it, we had to restart every server").
        var intent = Intent().Match(sentence) is { Success: true } m ? m.Index : int.MaxValue;
        if (Before(RootCause(), sentence, intent) || Before(Because(), sentence, intent) && Failure().IsMatch(sentence))
        {
            yield return SentenceRole.RootCause;
        }

        // What would have happened ("rolling back would incur hours of downtime") is an option weighed, not what was done.
        if (Before(Resolution(), sentence, intent) && !Hypothetical().IsMatch(sentence))
        {
            yield return SentenceRole.Resolution;
        }

        if (Before(Detection(), sentence, intent))
        {
            yield return SentenceRole.Detection;
        }

        if (Lesson().IsMatch(sentence))
        {
            yield return SentenceRole.Lesson;
        }

        if (Before(StatedImpact(), sentence, intent) || Before(Impact(), sentence, intent) || Share().IsMatch(sentence) && Failure().IsMatch(sentence))
        {
            yield return SentenceRole.Impact;
        }

        if (Before(Trigger(), sentence, intent))
        {
            yield return SentenceRole.Trigger;
        }
    }

    private static bool Before(Regex cue, string sentence, int limit) => cue.Match(sentence) is { Success: true } m && m.Index < limit;

    /// <summary>
    /// How plainly a sentence states the impact: 2 when it says who or what was hurt and how ("customers could not
    /// pay", "affected 12% of requests", "lost $18,000"), 1 when it only names an outage, 0 when it says neither
    /// or tells of a message sent ("we e-mailed the affected tenants").
    /// </summary>
    public static int ImpactStrength(string sentence) => ImpactStrength(sentence, [.. Of(sentence)]);

    /// <summary>The same, for a sentence whose roles are already known.</summary>
    public static int ImpactStrength(string sentence, IReadOnlyCollection<SentenceRole> roles) =>
        !roles.Contains(SentenceRole.Impact) || EventKindClassifier.Classify(sentence) is Incidents.EventKind.Communication ? 0
        : StatedImpact().IsMatch(sentence) || Share().IsMatch(sentence) && Failure().IsMatch(sentence) ? 2 : 1;

    /// <summary>True when the text tells of a change made to a system (deployed, changed, upgraded, migrated, scaled, rolled out).</summary>
    public static bool MakesAChange(string text) => Change().IsMatch(text) && !Afterwards().IsMatch(text) && !UpdateHeader().IsMatch(text);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:deploy(?:s|ed|ing)?|deployment|chang(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|migrat(?:e|es|ed|ing|ion)|introduc(?:e|es|ed|ing)|rolls? out|rolled out|merg(?:e|es|ed)|releas(?:e|es|ed)|scal(?:e|es|ed|ing) (?:up|down|out)|rotat(?:e|es|ed)|committed|pushe[sd])\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Change();

    // A status page's "UPDATE 1 — 13:05 …" names a post, not a change to the system.
    [GeneratedRegex(@"^\W*update\b\s*(?:\d|[:\-–—])", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex UpdateHeader();

    [GeneratedRegex(@"\b(?:need(?:ed|s)? to|(?:i|you) had to|want(?:ed|s)? to|tr(?:y|ied|ying) to|(?:was|were) asked to|responsible for|in charge of|(?:job|task|goal|role|priority|responsibility|mission) (?:was|is) to|continu(?:e|ed|es|ing) to|working (?:on|to)|attempting to|aim(?:ed|ing)? to|figure out|find out|(?:to|and) identify)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Intent();

    [GeneratedRegex(@"\b(?:post-?mortem|retro(?:spective)?|going forward|from now on|to (?:prevent|avoid) (?:this|it|such|similar|a repeat|recurrence)|in (?:the )?future|(?:we|i) (?:now|will|plan to|are going to|intend to)|next time|since then|afterwards?|follow-?ups?|action items?)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Afterwards();

    [GeneratedRegex(@"\broot[- ]causes?\s(?:of\s(?:the|this|that)\s\w+\s)?(?:was|were|is|are|:|lies|lay)(?!\s(?:found|deeper|not|still|unknown|unclear|identified|determined|under|being))|(?<!\b(?:never|not|n't|wasn't|isn't)\s)\bcaused by\b|\b(?:was|were|is|are)\s(?:\w+ly\s)?(?:due to|the (?:direct )?result of|a result of)\b|\bbecause of\b|\bthe (?:underlying |real |actual |main )?(?:cause|culprit|problem|issue|bug) (?:was|is|turned out|lay)\b|\btraced (?:it |this |that |the \w+ )?(?:back )?to\b|\bturned out (?:to be|that)\b|\bstemm(?:ed|ing) from\b|\bresulted from\b|\bboiled down to\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex RootCause();

    // "because" alone is everywhere ("because I was on call"); it names a cause beside a word of failure.
    // "12% of requests" is an impact only beside a word of failure ("2% of traffic in a test, and it worked fine" is not).
    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s?%\s(?:of\s)?(?:\w+\s)?(?:users|customers|requests|traffic|sessions|orders|calls)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Share();

    [GeneratedRegex(@"\b(?:would|might|could have)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"\bbecause\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Because();

    [GeneratedRegex(@"\b(?:broke|broken|fail(?:ed|ing|ures?|s)?|outage|down|crash(?:ed|es)?|errors?|stopped|timed out|timeouts?)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Failure();

    [GeneratedRegex(@"\broll(?:ed|ing)?[- ]back\b|\b(?:ran|did|performed|executed|completed|started|began|triggered|initiated)\s(?:a |the |an )?(?:\w+ )?rollback\b|\brevert(?:ed|ing)\b|^\s*(?:in order )?to (?:fix|resolve|mitigate|restore|recover)\b|\b(?:we|i|they|engineers?|the team|someone|\w+ then)\s(?:\w+\s)?(?:resumed|recovered|blocked)\b|\b(?:we|i|they|engineers?|the team|someone|\w+ then|(?-i:(?!(?:The|This|That|These|Those|It|Its|A|An|Our|Their|Which|What)\b)[A-Z][a-z]+))\s(?:\w+\s)?(?:fixed|restored|restarted|rebooted|patched|rerouted|re-routed|redeployed|disabled|failed over|scaled up|reverted|removed|turned off|switched|renewed|replaced|increased|raised|purged|flushed)\b|\b(?:shipped|deployed|pushed|released|merged|submitted|wrote|made|opened|applied)\s(?:a |the |an )?(?:\w+ )?(?:fix|patch|hotfix)\b|\bwith (?:a|the) fix\b|\bthe (?:fix|solution|remedy|workaround) (?:was|is) (?:to|a|an)\b|(?<!\b(?:after|once|until|when|before|since)\s)\b(?:service|traffic|access|connectivity|sending|the site)\s(?:was|were)\s(?:\w+ )?(?:restored|rerouted|re-routed|resumed|recovered)\b|\bkill-?switch\b|\b(?:was|were) (?:resolved|mitigated|fixed) by\b(?!\s*\d)", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Resolution();

    [GeneratedRegex(@"\b(?:we|i|they|the team|on-?call|engineers?)\s(?:were |was |got |had been |first )?(?:paged|alerted|notified)\b|\b(?:alerts?|alarms?|monitors?|monitoring|pager(?:duty)?|health checks?)\s(?:system\s|\w+\s)?(?:fired|went off|triggered|detected|caught|flagged|alerted|picked up|started)\b|(?<!\byou\s(?:may\s|might\s)?(?:have\s)?)\b(?:first )?noticed\b|\b(?:received|got) an? (?:\w+ )?(?:email|e-mail|message|alert|page|report|call|ticket|notification)\b|\breports? that\b|\b(?:phoned|called|rang|pinged|messaged|e-?mailed|wrote to) (?:us|me|the on-?call|support|the (?:\w+ )?(?:desk|team|line))\b|\b(?:customers?|users?|developers?|someone) (?:started |began |first )?(?:reporting|complaining|reported|complained|reports)\b|\bspotted\b|\bdetected\b|\b(?:was|were) discovered\b|\bwe discovered\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Detection();

    [GeneratedRegex(@"\blessons?\b|\b(?:we|i) (?:have |also )?learn(?:ed|t)\b|\btakeaways?\b|\bthe moral\b|\bin hindsight\b|\blooking back\b|\b(?:always|never) (?:use|test|deploy|push|assume|trust|skip|run|ship|make|rely|touch|change)\b|\bshould have\b|\bimportance of\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Lesson();

    [GeneratedRegex(@"(?<!\b(?:the|all|any|those|these|not|never|\d+)\s)\b(?:affect(?:ed|ing)|impact(?:ed|ing))\b|\bunable to\b|\b(?:could not|couldn't)\b(?! be\b)|\b(?:were not able to|weren't able to|failed to|fail to|stopped working)\b|\b(?:was|were|is|are)\s(?:not|no longer)\s(?:being\s)?(?!affected|impacted)(?:\w+(?:ed|en)|sent|built|run|shown|made)\b|\bno\s(?:\w+\s)?\w+s\s(?:were|was|could be)\s(?:\w+(?:ed|en)|sent|built|run|shown|made)\b|\b(?:fail(?:ed|ing)?|down|offline|unavailable|unreachable|broken|locked|stuck|frozen|degraded|slow)\s(?:for|over)\s(?:about |around |roughly |nearly |almost |over |more than |the next )?(?:\d+|an?|one|two|three|four|five|six|ten|several|many)\s(?:\w+\s)?(?:minutes?|mins?|hours?|hrs?|days?)\b|\b(?:wasn't|weren't|isn't|aren't)\s\w+ing\b|\b(?:was|were|are|is)\s(?:\w+\s)?(?:failing|timing out|slow to respond)\b|\b(?:lost|losing)\s(?:about |approximately |around |over |nearly |roughly )?(?:[$€£]|revenue|sales|data|orders|money|customers)|[$€£]\s?[\d,.]+k?\s(?:in |of )?(?:lost|losses)|\b(?:elevated|increased|high)\s(?:error|latency|errors|failure)|\bdegrad(?:ed|ing)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex StatedImpact();

    [GeneratedRegex(@"\b(?:partial |full |complete |major |global |an |a |extended |long )(?:\w+ )?outage\b|\b(?:went|was|were) down\b|\b(?:was|were|went)\s(?:\w+\s)?(?:offline|unavailable|unreachable|inaccessible)\b|\bbroke (?:the|our|a|production|prod)\b|\btook down\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Impact();

    [GeneratedRegex(@"\btriggered by\b|\b(?:was|were) triggered\b|\b(?:started|began|kicked off) (?:when|after|with)\b|\b(?:i|we|someone|an engineer|a developer|a teammate|they)\s(?:\w+\s)?(?:deployed|pushed|rolled out(?! of)|shipped|merged|released|upgraded|ran a|applied|introduced)\b|\bafter (?:a|the|our|an|my) (?:\w+ )?(?:deploy(?:ment)?|release|push|change|upgrade|migration|update|rollout|config(?:uration)? change)\b|\bfrom a recent (?:deploy(?:ment)?|change|release)\b|(?<!\b(?:stopped|recovered|resolved|returned|cleared|fixed|normal)\b.{0,80})\bafter (?:we|i|someone|the team) (?:\w+ed|pushed|ran|made|shipped|put|set)\b|\brolled out to\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Trigger();
}
