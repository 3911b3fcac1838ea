using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Time;

/// <summary>
/// The shapes of time expressions, each anchored with \G so it is tried only where a caller points it, with
/// every repeat bounded. Names and numbers are checked afterwards in code (one zone list, real calendar days).
/// </summary>
internal static partial class TimePatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string MonthName =
        @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])";

    private const string WeekdayName =
        @"(?<wd>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?(?![a-z])";

    private const string Ordinal = "(?:st|nd|rd|th)?";

    private const string Year = @"(?<y>\d{4})(?![\d:])";

    // ISO, year-first slashes, the ambiguous day/month slashes, then the written-month orders; a bare ordinal day
    // ("Tuesday 9th") only after a weekday.
    private const string DateForms =
        @"(?<date>(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?![\d])"
        + @"|(?<y>\d{4})/(?<mo>\d{1,2})/(?<d>\d{1,2})(?![\d/])"
        + @"|(?<n1>\d{1,2})/(?<n2>\d{1,2})/(?<y>\d{4})(?![\d/])"
        + @"|(?<y>\d{4})\s{1,3}" + MonthName + @"\s{1,3}(?<d>\d{1,2})" + Ordinal + @"(?![\d:])"
        + @"|(?<d>\d{1,2})" + Ordinal + @"\s{1,3}" + MonthName + @"(?:,?\s{1,3}" + Year + ")?"
        + "|" + MonthName + @"\s{1,3}(?<d>\d{1,2})" + Ordinal + @"(?![\d:])(?:,?\s{1,3}" + Year + ")?"
        + @"|(?(wd)(?<d>\d{1,2})(?:st|nd|rd|th)|(?!)))";

    private const string Meridiem = @"(?<ampm>[ap]\.m\.?|[ap]m)(?![a-z])";

    // A dot between hour and minute only after a two-digit hour, so "3.14" stays a number.
    private const string Clock =
        @"(?<clock>(?<h>\d{1,2})(?:(?::|(?<=\d\d)\.|h)(?<m>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?(?:\s?" + Meridiem + @")?|\s?" + Meridiem + "))";

    private const string ZoneToken =
        @"(?:UTC|GMT)\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?(?![\d:])"
        + @"|[+\-\u2212]\d{2}(?::?\d{2})?(?![\d:])"
        + @"|(?-i:[A-Z][a-z]{2,20}/[A-Za-z_]{2,30}(?:/[A-Za-z_]{2,30})?|Pacific|Eastern|Central|Mountain|[A-Z]{1,5})(?![A-Za-z])"
        + @"|(?:utc|gmt)(?![a-z])";

    private const string Zone = @"(?<zone>\s{0,2}\(\s?(?<zname>" + ZoneToken + @")\s?\)|\s{0,2}(?<zname>" + ZoneToken + "))";

    private const string Joiner = @"(?:T|,?\s{1,3}(?:(?:at|@|[\-\u2013\u2014])\s{1,3})?)";

    private const string Boundary = @"(?![\p{L}\p{N}%]|[.:]\d)";

    private const string PointForm =
        @"\G(?<![\p{L}\p{N}.:/#$€£])(?:" + WeekdayName + @"(?:,?\s{1,3}(?:the\s{1,2})?|\s{1,3}at\s{1,3}))?"
        + "(?:" + DateForms + "(?:" + Joiner + Clock + ")?|" + Clock + ")"
        + "(?:" + Zone + ")?" + Boundary;

    /// <summary>A date, a clock time or both, with a zone after it.</summary>
    [GeneratedRegex(PointForm, Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Point();

    /// <summary>What joins the two ends of a range: a dash, "to", "until".</summary>
    [GeneratedRegex(@"\G\s{0,3}(?:[\-\u2013\u2014]{1,2}|to|until|till|through|thru)\s{0,3}", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex RangeJoiner();

    /// <summary>The words that open a range: "between … and …", "from … until …".</summary>
    [GeneratedRegex(@"\G(?<open>between|from)\s{1,3}", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex RangeOpener();

    [GeneratedRegex(@"\G\s{1,3}and\s{1,3}", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex BetweenJoiner();

    /// <summary>"T+0", "T+5m", "T-10 min", "T+2h": the launch-count style.</summary>
    [GeneratedRegex(@"\G(?<![\w])(?-i:T)\s?(?<sign>[+\-\u2212])\s?(?<n>\d{1,4})\s?(?<unit>seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)?(?![\w])", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex CountOffset();

    /// <summary>"25 minutes later", "two hours later", "half an hour after", "an hour and a half later".</summary>
    [GeneratedRegex(
        @"\G(?<![\w])(?:(?<approx>about|around|roughly|approximately|approx\.|some|nearly|almost|~)\s{0,2})?"
        + @"(?<qty>\d{1,4}(?:\.\d{1,2})?|half\s(?:an?|one)|an?|[a-z]{3,9}(?:-[a-z]{3,5})?)\s{1,2}"
        + @"(?<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)(?<half>\s(?:and\s)?a\shalf)?\s{1,2}"
        + @"(?<dir>later|afterwards|after|earlier|before|on)(?![\w])",
        Options,
        RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Relative();

    /// <summary>List bullets, numbering, heading hashes, emphasis, an opening bracket, "At": what may come before a leading time.</summary>
    [GeneratedRegex(@"\G(?:\s{1,8}|[\-*+\u2022]\s{1,4}|\d{1,3}[.)]\s{1,4}|#{1,6}\s{1,4}|[*_]{1,3}|\[|\(|(?:at|on)\s{1,3}){0,8}", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex LeadingMarkup();

    /// <summary>Words before a status page's stamp: "Posted", "Updated on".</summary>
    [GeneratedRegex(@"\G(?:posted|updated|resolved|monitoring|identified|investigating|published|last\supdated)(?:\s{1,3}on|:)?\s{1,3}", Options, RegexLimits.TimeoutMilliseconds)]
    public static partial Regex StampWord();

    private const string DeclaredZone =
        @"(?<zone>(?:UTC|GMT)\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?|[+\-\u2212]\d{2}:?\d{2}|[A-Za-z]{1,5}|Pacific|Eastern|Central|Mountain|[A-Za-z]{2,20}/[A-Za-z_]{2,30}(?:/[A-Za-z_]{2,30})?)(?![\w/])(?:\s{1,2}time)?";

    /// <summary>"(all times UTC)", "All times are in PDT", "Times below are in CEST", "all events are in UTC", "Timeline (UTC)", "(times in Eastern)".</summary>
    [GeneratedRegex(
        @"(?<![\w])(?:\(\s{0,2}(?:all\s{1,3})?times?\s{1,3}(?:(?:are|shown|below|given|listed)\s{1,3}){0,2}(?:in\s{1,3})?" + DeclaredZone + @"\s{0,2}\)"
        + @"|(?:all\s{1,3})?(?:times?|events|timestamps)\s{1,3}(?:(?:are|shown|below|given|listed)\s{1,3}){0,2}(?:in\s{1,3})?" + DeclaredZone
        + @"|timeline\s{0,2}\(\s{0,2}" + DeclaredZone + @"\s{0,2}\))",
        Options,
        RegexLimits.TimeoutMilliseconds)]
    public static partial Regex Declaration();
}
