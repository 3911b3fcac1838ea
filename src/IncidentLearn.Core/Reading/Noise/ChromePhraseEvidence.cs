using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Noise;

/// <summary>Short lines that are the words of page furniture: share and sign-in prompts, counters, footers, copyright.</summary>
public sealed partial class ChromePhraseEvidence : INoiseEvidence
{
    private const int MaxWords = 12;
    private const int WikiHeaderLines = 12;
    private const int MaxListWords = 60;
    private const int MaxBannerWords = 20;

    public void Mark(NoiseMarks marks)
    {
        var lines = marks.Document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Content.Length > 400)
            {
                continue;
            }

            var content = line.FoldedContent.Trim('*', '_', ' ', '#', '>', '|');
            if (line.WordCount > MaxWords)
            {
                // "This incident affected: …" lists every component, however many.
                if (line.WordCount <= MaxListWords && AffectedList().IsMatch(content))
                {
                    // The components it names are the page's list; the same names are in the updates.
                    marks.DropCopy(i, DropKind.StatusPageLabel, "a status page's own labels");
                }
                else if (line.WordCount <= MaxBannerWords && Promotion().IsMatch(content))
                {
                    marks.Drop(i, DropKind.Promotion, "a site's promotion or banner", lengthIsContent: false);
                }
                else if (WikiFurniture().IsMatch(content))
                {
                    // "Revision as of 22:34, 11 March 2014 by Dana (talk | contribs) (Added the timeline)": the edit's note runs long.
                    marks.DropCopy(i, DropKind.WikiFurniture, "a wiki page's own navigation and revision notes");
                }
                else if (line.WordCount <= MaxBannerWords && (Copyright().IsMatch(content) || ReadTimeByline().IsMatch(content)))
                {
                    // A copyright and licence line, or a developer-blog byline: the author's handle and name, a date and a reading time.
                    marks.Drop(i, DropKind.Footer, "a page's copyright line or byline", lengthIsContent: false);
                }

                continue;
            }

            if (PostedAt().IsMatch(content) || IsByline(content))
            {
                // The time in a blog byline is when the post was published, not part of the incident.
                marks.DropCopy(i, DropKind.Byline, "a blog byline with its posting time");
            }
            else if (Furniture().IsMatch(content))
            {
                marks.Drop(i, DropKind.PageChrome, "web page chrome");
            }
            else if (Promotion().IsMatch(content))
            {
                marks.Drop(i, DropKind.Promotion, "a site's promotion or banner");
            }
            else if (StatusPageFurniture().IsMatch(content))
            {
                marks.Drop(i, DropKind.StatusPageLabel, "a status page's own labels");
            }
            else if (WikiFurniture().IsMatch(content))
            {
                // Revision notes carry the edit's time, which is no part of the incident.
                marks.DropCopy(i, DropKind.WikiFurniture, "a wiki page's own navigation and revision notes");
            }
            else if (i < WikiHeaderLines && WikiSource().IsMatch(line.Content.Trim()))
            {
                marks.DropCopy(i, DropKind.WikiFurniture, "a wiki page's own navigation and revision notes");
                DropAboveWikiTitle(marks, i);
            }
            else if (ImageText().IsMatch(content) || ReadTimeByline().IsMatch(content))
            {
                marks.Drop(i, DropKind.PageChrome, "an image's alt text or credit, or a byline with its reading time");
            }
            else if (Counter().IsMatch(content))
            {
                marks.Drop(i, DropKind.Counter, "a page counter, not part of the story");
            }
            else if (Footer().IsMatch(content))
            {
                marks.Drop(i, DropKind.Footer, "a page footer (copyright, byline or post navigation)");
            }
            else if (content.Length > 0 && content.All(c => c is '★' or '☆' or '✩' or '✭' or '⭐' or ' ' or '/' || char.IsDigit(c)) && content.Any(c => c is '★' or '☆' or '✩' or '✭' or '⭐'))
            {
                marks.Drop(i, DropKind.Counter, "a rating widget");
            }
        }
    }

    /// <summary>
    /// A byline or a page's dates, whatever the site: "Last updated: 2023-01-19", "Updated on Mar 3, 2024",
    /// "Published 12 May 2022", "By Dana Okafor", "Author: Dana", "Thursday July 09 2020 • posted by dana",
    /// "@dana · 6 months ago". The dates in them are the page's, never the incident's.
    /// </summary>
    public static bool IsByline(string content)
    {
        // Every byline names its kind in one of a few words; most lines have none, and are done with here.
        if (content.AsSpan().IndexOfAny(BylineWords) < 0)
        {
            return false;
        }

        // "2013-04-22 | Author: Dana", "Dana Okafor (she/her) Updated on ・3 min read": pieces of page metadata.
        var pieces = content.Split(['|', '\u00b7', '\u30fb', '\u2022'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length > 1)
        {
            return pieces.Any(IsBylinePiece) && pieces.All(p => IsBylinePiece(p) || IsDateOnly(p) || Counter().IsMatch(p) || PageDateKeyword().IsMatch(p + " "));
        }

        return IsBylinePiece(content);
    }

    private static bool IsDateOnly(string text) =>
        Time.TimeExpressions.Leading(text) is { Date: not null } date && text[date.End..].Trim(' ', '.', ',').Length == 0;

    private static bool IsBylinePiece(string content)
    {
        if (BylineName().IsMatch(content) || PostedByAfterDate().IsMatch(content) || AgoMeta().IsMatch(content))
        {
            return true;
        }

        var keyword = PageDateKeyword().Match(content);
        if (!keyword.Success)
        {
            return false;
        }

        // The rest must be a date (or date and time) and nothing more: "Updated 14:05: we rolled back" is an update.
        var rest = content[keyword.Length..].Trim();
        return IsDateOnly(rest.TrimEnd('|', '-', ' '));
    }

    private static readonly System.Buffers.SearchValues<string> BylineWords = System.Buffers.SearchValues.Create(
        ["by ", "ago", "updated", "modified", "edited", "published", "created", "author"], StringComparison.OrdinalIgnoreCase);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(?:last )?(?:updated|modified|edited|published|originally published|created)(?: on| at)?\s?:?\s", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PageDateKeyword();

    // "By Dana Okafor", "Author: Dana O." — a name in capitals and nothing else.
    [GeneratedRegex(@"^(?:[Bb]y|[Aa]uthor:|[Ww]ritten by|[Pp]osted by)\s+@?\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3}$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex BylineName();

    // "… posted by dana", "Created by Dana Okafor, last updated yesterday".
    [GeneratedRegex(@"^.{0,60}\bposted by @?[\p{L}\d._' -]{1,40}$|^(?:created|edited|owned|last (?:updated|edited|modified)) by [\p{L}.' -]{2,40}(?:,\s.{1,40})?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PostedByAfterDate();

    // A forum post's metadata: a handle or separators, then "6 months ago".
    [GeneratedRegex(@"^(?:(?=.*[@•·|-]).{0,60}\s)?\d{1,3}\s(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\sago$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AgoMeta();

    [GeneratedRegex(@"^this incident affected:.{1,400}$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AffectedList();

    [GeneratedRegex(@"^(?:share(?: this(?: article| post| story| page| answer| question)?)?|share on \w+(?: \w+)?|tweet|like|follow|following|subscribe|unsubscribe|sign (?:in|up|out)\b.{0,80}|log ?in\b.{0,60}|register|create (?:a )?(?:free )?account.{0,40}|recommended(?: reading| for you| articles| posts)?|related(?: posts| articles| stories| reading)?|read more.{0,40}|continue reading.{0,40}|read next|more from .{1,60}|about the authors?|author bio|original source.{0,80}|republication notice|reader feedback|rate this (?:article|post|answer|story).{0,40}|was this (?:article |answer )?helpful\??|print|email|copy link|report (?:this|abuse)|back to top|skip to (?:main )?content|menu|cookies?.{0,60}|accept(?: all)? cookies|advertisement|sponsored|leave a (?:comment|reply)|post a comment|no comments:?|comments|flashcards?|study notes|questions and answers|see all(?: answers)?|view all(?: the)? answers|show (?:more|less)|load more|description|tags|(?:\w+ )?exported|click here.{0,40})\.?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Furniture();

    // A site's call to action around the text ("🚀 … Launching Soon - Join the Waitlist").
    [GeneratedRegex(@"\b(?:join (?:the|our) waitlist|get early access|early access|launching soon|coming soon|start (?:your|a) free trial|try (?:it )?(?:for )?free|book a demo|download (?:the|our) app|sign up (?:now|free|today|for free))", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Promotion();

    /// <summary>
    /// "From Wikitech" stands right under the article's title; what is above the title is the wiki's own banner
    /// (a mirror's notice, a site message), not the article.
    /// </summary>
    private static void DropAboveWikiTitle(NoiseMarks marks, int sourceLine)
    {
        var lines = marks.Document.Lines;
        var title = sourceLine - 1;
        while (title >= 0 && lines[title].IsBlank)
        {
            title--;
        }

        for (var i = 0; i < title; i++)
        {
            if (!lines[i].IsBlank)
            {
                marks.DropCopy(i, DropKind.WikiFurniture, "a wiki's banner above the article's title");
            }
        }
    }

    [GeneratedRegex(@"^(?:©|\(c\)|copyright\b).{0,200}(?:licen[cs]ed|licen[cs]e|rights reserved|published)\b.{0,120}$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Copyright();

    // A picture's words copied with the page: "Cover image for …", "Photo by … on Unsplash", "Image credit: …".
    [GeneratedRegex(@"^(?:cover image for\b.{1,120}|(?:photo|image|illustration) by .{1,60} on (?:unsplash|pexels|pixabay)|(?:image|photo) (?:credit|source)s?:.{1,80}|header image.{0,60})$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ImageText();

    // A byline that ends with the post's reading time ("… Updated on ・3 min read", "Dana Reyes · Mar 4 · 6 min read").
    [GeneratedRegex(@"(?:^|\s|[·・•|])\s?\d{1,3}\s?min(?:ute)?s? read$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ReadTimeByline();

    // What a MediaWiki page prints around every article, whichever wiki it is.
    [GeneratedRegex(@"^(?:jump to (?:navigation|search|content)(?:\s+jump to (?:navigation|search|content))?|revision as of .{1,80}|\(?diff\)? ?← older revision.{0,80}|.{0,60}\(talk \| contribs\).{0,80}|retrieved from .{1,200}|this page was last edited on .{1,120}|navigation menu)\.?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex WikiFurniture();

    // "From Wikitech", under a wiki article's title: the site's name, as one capitalised word.
    [GeneratedRegex(@"^From \p{Lu}[\w.-]{1,40}(?:, the free encyclopedia)?$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex WikiSource();

    // What status-page products print around an incident's updates, whoever hosts them.
    [GeneratedRegex(@"^(?:subscribe to (?:updates|notifications|this incident)|get updates|powered by \S.{0,40}|incident report for \S.{0,60}|this incident affected:.{0,200}|affected components|components affected|(?:←|<-|<)?\s?(?:back to )?current status|read (?:full )?details|view (?:incident )?history|past incidents|incident history|all systems operational|report an issue)\.?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex StatusPageFurniture();

    [GeneratedRegex(@"^posted by [\p{L}.' -]{1,40} (?:at|on) \d{1,2}:\d{2}\s?(?:am|pm)?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PostedAt();

    [GeneratedRegex(@"^(?:\d[\d.,]*\s?[km]?|no)\s(?:comments?|followers?|following|likes?|claps?|views?|shares?|responses?|reactions?|reads?|upvotes?|votes?|ratings?):?$|^\d{1,3}\s?min(?:ute)?s? read$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Counter();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright\b).{0,120}$|^all rights reserved\.?$|^(?:written|posted|published) by .{1,100}$|^(?:newer|older) posts?(?: (?:newer|older) posts?)?(?: home)?$|^home$|^subscribe to:.{0,80}$|^labels?: .{1,120}$|^posted (?:on|at|in) .{1,60}$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Footer();
}
