using System.Globalization;
using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Noise;

/// <summary>
/// What a chat client prints around the messages when a conversation is copied: reaction counts (":+1: 2",
/// "👀 1"), thread summaries ("3 replies", "Last reply today at 12:14 AM"), "replied to a thread:" markers and day
/// dividers. Only in a text that is a chat copied from a client, since elsewhere such a line may mean something.
/// </summary>
public sealed partial class ChatClientEvidence : INoiseEvidence
{
    private const int MaxLength = 200;

    public void Mark(NoiseMarks marks)
    {
        var lines = marks.Document.Lines;
        if (marks.Chat is null)
        {
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var content = lines[i].FoldedContent.Trim();
            if (content.Length == 0 || content.Length > MaxLength)
            {
                continue;
            }

            if (IsReactions(content))
            {
                marks.Drop(i, DropKind.ChatClient, "reactions under a chat message (emoji and counts), not words of the story");
            }
            else if (ThreadSummary().IsMatch(content))
            {
                // Its time is when the thread was last answered; the replies themselves are not in the paste.
                marks.DropCopy(i, DropKind.ChatClient, "a thread summary the chat client prints (reply count, last reply), not a message");
            }
            else if (ThreadReply().IsMatch(content))
            {
                // The quoted message is read where it was posted, so nothing is lost.
                marks.DropCopy(i, DropKind.ChatClient, "the chat client's \"replied to a thread\" marker, quoting the message replied to");
            }
            else if (DayDivider().IsMatch(content))
            {
                marks.Drop(i, DropKind.ChatClient, "a day divider the chat client prints; the messages' times carry the day");
            }
        }
    }

    // Emoji codes or emoji pictures, each with its count: ":+1: 2 :eyes: 1", "👍 3".
    private static bool IsReactions(string content) =>
        ReactionCodes().IsMatch(content)
        || (content.Any(char.IsAsciiDigit) && content.Any(IsEmojiPart) && content.All(c => c == ' ' || char.IsAsciiDigit(c) || IsEmojiPart(c)));

    private static bool IsEmojiPart(char c) =>
        char.IsSurrogate(c) || c is '\uFE0F' or '\u200D' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^(?::[\w+\-']{1,40}:(?::skin-tone-\d:)?\s{0,3}\d{1,4}\s*)+$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ReactionCodes();

    [GeneratedRegex(@"^(?:\d{1,4} repl(?:y|ies)(?:\s+last reply .{1,60})?|last reply .{1,60}|view thread|view \d{1,4} more repl(?:y|ies)|also sent to the channel)$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ThreadSummary();

    [GeneratedRegex(@"^replied to a thread:.{0,180}$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ThreadReply();

    [GeneratedRegex(@"^(?:today|yesterday|new messages|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,? (?:[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9})(?:,? \d{4})?)?)$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DayDivider();
}
