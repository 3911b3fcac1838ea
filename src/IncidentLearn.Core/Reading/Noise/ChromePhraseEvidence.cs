using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Noise;

/// <summary>Short lines that are the words of page furniture: share and sign-in prompts, counters, footers, copyright.</summary>
public sealed partial class ChromePhraseEvidence : INoiseEvidence
{
    private const int MaxWords = 12;
    private const int WikiHeaderLines = 12;

    public void Mark(NoiseMarks marks)
    {
        var lines = marks.Document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Content.Length > 160 || line.WordCount > MaxWords)
            {
                continue;
            }

            var content = line.FoldedContent.Trim('*', '_', ' ', '#', '>', '|');
            if (PostedAt().IsMatch(content))
            {
                // The time in a blog byline is when the post was published, not part of the incident.
                marks.DropCopy(i, "a blog byline with its posting time");
            }
            else if (Furniture().IsMatch(content))
            {
                marks.Drop(i, "web page chrome");
            }
            else if (StatusPageFurniture().IsMatch(content))
            {
                marks.Drop(i, "a status page's own labels");
            }
            else if (WikiFurniture().IsMatch(content) || (i < WikiHeaderLines && WikiSource().IsMatch(line.Content.Trim())))
            {
                // Revision notes carry the edit's time, which is no part of the incident.
                marks.DropCopy(i, "a wiki page's own navigation and revision notes");
            }
            else if (Counter().IsMatch(content))
            {
                marks.Drop(i, "a page counter, not part of the story");
            }
            else if (Footer().IsMatch(content))
            {
                marks.Drop(i, "a page footer (copyright, byline or post navigation)");
            }
            else if (content.Length > 0 && content.All(c => c is '★' or '☆' or '✩' or '✭' or '⭐' or ' ' or '/' || char.IsDigit(c)) && content.Any(c => !char.IsDigit(c) && c != ' '))
            {
                marks.Drop(i, "a rating widget");
            }
        }
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(?:share(?: this(?: article| post| story| page| answer| question)?)?|share on \w+(?: \w+)?|tweet|like|follow|following|subscribe|unsubscribe|sign (?:in|up|out)\b.{0,80}|log ?in\b.{0,60}|register|create (?:a )?(?:free )?account.{0,40}|recommended(?: reading| for you| articles| posts)?|related(?: posts| articles| stories| reading)?|read more.{0,40}|continue reading.{0,40}|read next|more from .{1,60}|about the authors?|author bio|original source.{0,80}|republication notice|reader feedback|rate this (?:article|post|answer|story).{0,40}|was this (?:article |answer )?helpful\??|print|email|copy link|report (?:this|abuse)|back to top|skip to (?:main )?content|menu|cookies?.{0,60}|accept(?: all)? cookies|advertisement|sponsored|leave a (?:comment|reply)|post a comment|no comments:?|comments|flashcards?|study notes|questions and answers|see all(?: answers)?|view all(?: the)? answers|show (?:more|less)|load more|description|tags|(?:\w+ )?exported|click here.{0,40})\.?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Furniture();

    // What a MediaWiki page prints around every article, whichever wiki it is.
    [GeneratedRegex(@"^(?:jump to (?:navigation|search|content)(?:\s+jump to (?:navigation|search|content))?|revision as of .{1,80}|\(?diff\)? ?← older revision.{0,80}|.{0,60}\(talk \| contribs\).{0,80}|retrieved from .{1,200}|this page was last edited on .{1,120}|navigation menu)\.?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex WikiFurniture();

    // "From Wikitech", under a wiki article's title: the site's name, as one capitalised word.
    [GeneratedRegex(@"^From \p{Lu}[\w.-]{1,40}(?:, the free encyclopedia)?$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex WikiSource();

    // What status-page products print around an incident's updates, whoever hosts them.
    [GeneratedRegex(@"^(?:subscribe to (?:updates|notifications|this incident)|get updates|powered by \S.{0,40}|incident report for \S.{0,60}|this incident affected:.{0,200}|(?:←|<-|<)?\s?(?:back to )?current status|read (?:full )?details|view (?:incident )?history|past incidents|incident history|all systems operational|report an issue)\.?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex StatusPageFurniture();

    [GeneratedRegex(@"^posted by [\p{L}.' -]{1,40} (?:at|on) \d{1,2}:\d{2}\s?(?:am|pm)?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PostedAt();

    [GeneratedRegex(@"^(?:\d[\d.,]*\s?[km]?|no)\s(?:comments?|followers?|following|likes?|claps?|views?|shares?|responses?|reactions?|reads?|upvotes?|votes?|ratings?)$|^\d{1,3}\s?min(?:ute)?s? read$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Counter();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright\b).{0,120}$|^all rights reserved\.?$|^(?:written|posted|published) by .{1,100}$|^(?:newer|older) posts?(?: (?:newer|older) posts?)?(?: home)?$|^home$|^subscribe to:.{0,80}$|^labels?: .{1,120}$|^posted (?:on|at|in) .{1,60}$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Footer();
}
