using System.Text.RegularExpressions;
using IncidentLearn.Core.Reading.Shapes;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Chat;

/// <summary>
/// A chat copied from Slack, Teams or Discord: stamp lines (who and when) with the messages below them. Found
/// from the whole text, because one line alone is ambiguous: a stamp counts as a message header only when text
/// follows it, and a weak "Name 23:52" only when that name speaks twice or is a full name. The layout is the one
/// with more headers: name first (Slack, Discord, Teams' "Name, 11:52 PM") or time first (Teams' "[11:52 PM] Name").
/// </summary>
public sealed partial class ChatExport
{
    private readonly bool[] headers;

    private ChatExport(ChatStamp?[] stamps, bool[] headers, bool timeFirst)
    {
        Stamps = stamps;
        this.headers = headers;
        TimeFirst = timeFirst;
        for (var i = 0; i < stamps.Length; i++)
        {
            if (stamps[i] is not { } stamp)
            {
                continue;
            }

            FirstStamp = FirstStamp < 0 ? i : FirstStamp;
            LastStamp = i;
            TwelveHour |= stamp.TwelveHour;
            if (headers[i])
            {
                Authors.Add(AuthorOf(stamp));
            }
        }

        Dates = new ChatDateOrder(stamps.Where(s => s?.Date is not null).Select(s => s!.Date!), TwelveHour);
    }

    /// <summary>The stamp on each line, if any (whether it counts is <see cref="IsHeader"/>'s business).</summary>
    public IReadOnlyList<ChatStamp?> Stamps { get; }

    /// <summary>True when headers put the time first: "[11:52 PM] Priya Raman".</summary>
    public bool TimeFirst { get; }

    /// <summary>True when any stamp says AM or PM, so a follow-up's bare "11:55" is on the 12-hour clock too.</summary>
    public bool TwelveHour { get; }

    /// <summary>The index of the first line with a stamp.</summary>
    public int FirstStamp { get; } = -1;

    /// <summary>The index of the last line with a stamp: text after it belongs to the last message only up to a gap.</summary>
    public int LastStamp { get; }

    /// <summary>True for a line among the messages (the last message's first line included), where people may well say the same thing twice.</summary>
    public bool IsAmongMessages(int index) => index >= FirstStamp && index <= LastStamp + 1;

    public HashSet<string> Authors { get; } = new(StringComparer.Ordinal);

    public ChatDateOrder Dates { get; }

    /// <summary>True when the line at this index opens a message with a new author.</summary>
    public bool IsHeader(int index) => headers[index];

    /// <summary>The name a header gives, without the "(she/her)" or "(Guest)" a client may print after it.</summary>
    public static string AuthorOf(ChatStamp stamp)
    {
        var name = stamp.Name ?? stamp.Rest ?? "";
        var open = name.IndexOf(" (", StringComparison.Ordinal);
        return open > 0 ? name[..open] : name;
    }

    /// <summary>The export the lines form, or null when they are not one (then chat lines are read one by one).</summary>
    public static ChatExport? Detect(IReadOnlyList<SourceLine> lines)
    {
        var stamps = new ChatStamp?[lines.Count];
        var weakNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var any = false;
        for (var i = 0; i < lines.Count; i++)
        {
            stamps[i] = ChatStamps.Parse(lines[i]);
            any |= stamps[i] is not null;
            if (stamps[i] is { Form: ChatStampForm.NameFirst, Strong: false, Name: { } name })
            {
                weakNames[name] = weakNames.GetValueOrDefault(name) + 1;
            }
        }

        if (!any)
        {
            return null;
        }

        var nameFirst = new bool[lines.Count];
        var timeFirst = new bool[lines.Count];
        int nameFirstCount = 0, timeFirstCount = 0, followUps = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (stamps[i] is not { } stamp)
            {
                continue;
            }

            var body = HasBody(lines, stamps, i);
            nameFirst[i] = body && stamp is { Form: ChatStampForm.NameFirst, Name: { } name }
                && (stamp.Strong || weakNames.GetValueOrDefault(name) >= 2 || ChatAuthorNames.IsFullName(name));
            timeFirst[i] = body && stamp is { Form: ChatStampForm.TimeFirst, Rest: { } rest } && rest.Length <= 60 && ChatAuthorNames.IsName(rest);
            nameFirstCount += nameFirst[i] ? 1 : 0;
            timeFirstCount += timeFirst[i] ? 1 : 0;
            followUps += stamp.Form is ChatStampForm.TimeOnly || stamp is { Form: ChatStampForm.TimeFirst, Rest: { } said } && !OneLineChat().IsMatch(said) ? 1 : 0;
        }

        var useTimeFirst = timeFirstCount > nameFirstCount;
        var headerCount = useTimeFirst ? timeFirstCount : nameFirstCount;
        followUps -= useTimeFirst ? timeFirstCount : 0;
        return headerCount >= 2 || (headerCount == 1 && followUps >= 2)
            ? new ChatExport(stamps, useTimeFirst ? timeFirst : nameFirst, useTimeFirst)
            : null;
    }

    // "[23:52] mira: text" names its own speaker: a one-line chat, not a follow-up to a header above it.
    [GeneratedRegex(@"^[\p{L}\p{N}_.\-@]{1,40}:\s", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex OneLineChat();

    // Text must follow a header: a row of an aligned table ("Alert fired   14:05") is followed by another row.
    private static bool HasBody(IReadOnlyList<SourceLine> lines, ChatStamp?[] stamps, int index)
    {
        if (index + 1 >= lines.Count || lines[index + 1].IsBlank)
        {
            return false;
        }

        return stamps[index + 1] is null && TimelineLines.ParseChat(lines[index + 1]) is null;
    }
}
