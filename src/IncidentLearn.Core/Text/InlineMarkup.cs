using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Text;

/// <summary>
/// Turns a line's inline markup into the plain words a person reads: emphasis and code marks go, links keep
/// their text, footnote links ("[42](https://…)", "[^3]"), images, bare URLs, HTML tags and task boxes leave
/// the prose. Text without any markup character is returned as it is, so plain logs cost one scan.
/// </summary>
public static partial class InlineMarkup
{
    private const int MaxLength = 100_000;

    public static string ToPlain(string text)
    {
        if (text.Length == 0 || text.Length > MaxLength || !HasMarkup(text))
        {
            return text;
        }

        var plain = TaskBox().Replace(text, "");
        plain = Shortcode().Replace(plain, "");
        plain = Image().Replace(plain, "");
        plain = FootnoteLink().Replace(plain, "");
        plain = Link().Replace(plain, "${text}");
        plain = BareUrl().Replace(plain, "");
        plain = HtmlTag().Replace(plain, " ");
        plain = Strong().Replace(plain, "${inner}");
        plain = Emphasis().Replace(plain, "${inner}");
        plain = Code().Replace(plain, "${inner}");
        plain = EmptyBrackets().Replace(plain, "");
        plain = SpaceBeforePunctuation().Replace(plain, "$1");
        plain = Spaces().Replace(plain, " ");
        return plain.Trim();
    }

    /// <summary>True when the line starts with a ticked task box ("- [x] …", "[X] …").</summary>
    public static bool IsTickedTask(string text) => TickedTask().IsMatch(text);

    private static bool HasMarkup(string text) =>
        text.AsSpan().IndexOfAny("*_[`<{") >= 0 || text.Contains("://", StringComparison.Ordinal);

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // A static-site generator's shortcode ("{{< track "2025-07-13 19:37:37" >}}", "{{% notice %}}"): page code.
    [GeneratedRegex(@"\{\{[<%].{0,200}?[%>]\}\}", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"^\s{0,8}(?:[-*+]\s{1,4})?\[[ xX]\]\s*", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TaskBox();

    [GeneratedRegex(@"^\s{0,8}(?:[-*+]\s{1,4})?\[[xX]\]", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TickedTask();

    [GeneratedRegex(@"!\[[^\]\n]{0,300}\]\([^)\s]{0,2000}(?:\s""[^""]{0,300}"")?\)", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Image();

    // "[42](https://…)", "[^3]", "[3]" after a word: a reference marker, not words.
    [GeneratedRegex(@"\s?\[\^?\d{1,4}\](?:\([^)\s]{0,2000}\))?|\s?\[\^[\w-]{1,30}\]", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex FootnoteLink();

    [GeneratedRegex(@"\[(?<text>[^\]\n]{1,300})\]\((?:[^)\s]{0,2000})(?:\s""[^""]{0,300}"")?\)", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Link();

    [GeneratedRegex(@"\(?<?\b(?:https?|ftp)://[^\s<>)\]]{1,2000}>?\)?", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,300})?/?>", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(?<mark>\*\*|__)(?=\S)(?<inner>[^\n]{0,500}?\S)\k<mark>", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Strong();

    // One star or underscore around words, not inside them (snake_case and 2*3 stay).
    [GeneratedRegex(@"(?<![\w*])(?<mark>[*_])(?=[^\s*_])(?<inner>[^\n*_]{0,300}?[^\s*_])\k<mark>(?![\w*])", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`(?<inner>[^`\n]{1,300})`", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Code();

    [GeneratedRegex(@"\(\s*\)|\[\s*\]", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\s+([.,;:!?])(?=\s|$)", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"[ \t]{2,}", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Spaces();
}
