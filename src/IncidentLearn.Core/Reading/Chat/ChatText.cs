using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Chat;

/// <summary>
/// A message's words as a reader wants them: lines joined with spaces, without the client's markup: emoji codes
/// (":rotating_light:", ":+1::skin-tone-2:") and the "(edited)" marker. Times ("12:30:45") and "host:port:" stay.
/// </summary>
public static partial class ChatText
{
    public static string Join(IEnumerable<string> lines) => string.Join(' ', lines.Select(Clean).Where(l => l.Length > 0));

    public static string Clean(string line)
    {
        var text = Edited().Replace(EmojiCode().Replace(line, ""), "");
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?<![\p{L}\p{N}/:]):(?:[+\-]1|(?=[\w+\-']*[a-z])[\w+\-']{1,40}):(?::skin-tone-\d:)?(?![\p{L}\p{N}])", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex EmojiCode();

    [GeneratedRegex(@"\s*\(edited\)", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Edited();
}
