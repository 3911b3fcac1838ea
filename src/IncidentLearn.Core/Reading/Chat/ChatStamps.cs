using System.Globalization;
using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Chat;

/// <summary>
/// Reads the stamp lines chat clients print when a conversation is copied: Slack's "Priya Raman  11:52 PM" and
/// "Priya Raman [11:52 PM]", Teams' "Priya Raman, 11:52 PM" and "[11:52 PM] Priya Raman", Discord's
/// "Priya Raman — Today at 11:52 PM" and "Priya Raman — 21/11/2026 23:52", and the bare "11:55" or "[11:55 PM]"
/// of a follow-up. One line alone can be ambiguous; <see cref="ChatExport"/> judges them together.
/// </summary>
public static partial class ChatStamps
{
    private const int MaxLineLength = 2_000;

    // A stamp that is only a name and a time is short; longer lines are prose that happens to end in a time.
    private const int MaxStampLength = 120;

    public static ChatStamp? Parse(SourceLine line)
    {
        if (line.IsBlank || line.Text.Length > MaxLineLength || line.Text.IndexOf(':') < 0)
        {
            return null;
        }

        var folded = line.FoldedContent;
        var content = line.Content;
        var match = TimeFirst().Match(folded);
        if (match.Success)
        {
            var rest = match.Groups["rest"].Success ? content[match.Groups["rest"].Index..].Trim() : null;
            return Stamp(match, content, rest is null ? ChatStampForm.TimeOnly : ChatStampForm.TimeFirst, null, strong: true, rest);
        }

        if (folded.Length > MaxStampLength)
        {
            return null;
        }

        match = TimeOnly().Match(folded);
        if (match.Success)
        {
            return Stamp(match, content, ChatStampForm.TimeOnly, null, strong: true, null);
        }

        match = NameFirst().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var (name, badge) = WithoutBadge(Slice(content, match.Groups["name"]));
        badge |= match.Groups["badge"].Success;
        if (!ChatAuthorNames.IsName(name))
        {
            return null;
        }

        var separator = match.Groups["sep"];
        var strong = badge || !separator.Success || separator.Length >= 2 || separator.Value.Contains(',') || match.Groups["open"].Success;
        return Stamp(match, content, ChatStampForm.NameFirst, name, strong, null);
    }

    private static ChatStamp Stamp(Match match, string content, ChatStampForm form, string? name, bool strong, string? rest)
    {
        var day = match.Groups["relative"].Success || match.Groups["date"].Success;
        return new ChatStamp(
            form,
            name,
            Slice(content, match.Groups["time"]),
            match.Groups["date"].Success ? Date(match.Groups["date"].Value) : null,
            match.Groups["ampm"].Success,
            strong || day || match.Groups["ampm"].Success,
            rest);
    }

    // Slack marks integrations "PagerDuty APP"; the badge is not part of the name.
    private static (string Name, bool Badge) WithoutBadge(string name)
    {
        foreach (var badge in (ReadOnlySpan<string>)[" APP", " BOT"])
        {
            if (name.EndsWith(badge, StringComparison.Ordinal) && name.Length > badge.Length)
            {
                return (name[..^badge.Length], true);
            }
        }

        return (name, false);
    }

    private static ChatDate? Date(string text)
    {
        var parts = text.Split('/', '.');
        if (parts.Length != 3)
        {
            return null;
        }

        var year = int.Parse(parts[2], CultureInfo.InvariantCulture);
        return new ChatDate(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), year < 100 ? 2000 + year : year);
    }

    private static string Slice(string content, Group group) => content.Substring(group.Index, group.Length).Trim();

    private const string Word = @"[\p{L}\p{N}][\p{L}\p{N}_.'\-]{0,39}";
    private const string Name = @"(?<name>" + Word + @"(?:\s" + Word + @"){0,3}(?:\s\([^()]{1,24}\))?)";
    private const string Day = @"(?:(?<relative>today|yesterday)(?:\s+at)?\s+|(?<date>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})),?\s+(?:at\s+)?)";
    private const string Clock = @"(?<time>\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?<ampm>[ap]\.?m\.?))?)";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Discord's dash always comes with a day ("Today at", a date); the other separators may stand before a bare time.
    [GeneratedRegex("^" + Name + @"(?<badge>\s+(?-i:APP|BOT))?(?:\s+-{1,2}\s+" + Day + Clock + @"|(?<sep>\s*,\s*|\s+)(?:(?<open>\[)" + Day + "?" + Clock + @"\]|" + Day + "?" + Clock + "))$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NameFirst();

    [GeneratedRegex(@"^\[" + Day + "?" + Clock + @"\](?:\s*(?<rest>\S.*))?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TimeFirst();

    [GeneratedRegex("^" + Clock + "$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TimeOnly();
}
