using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading.Shapes;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Chat;

/// <summary>
/// The messages of a pasted chat and the lines they were read from. A chat copied from a client (a
/// <see cref="ChatExport"/>) is read message by message: a stamp opens one, the lines below it are its text.
/// Otherwise each "[23:52] name: text" or "23:52 &lt;name&gt; text" line is one message, as it always was.
/// </summary>
public sealed class ChatTranscript
{
    public List<ChatMessage> Messages { get; } = [];

    /// <summary>Every line the chat explains (stamps and message text), in order.</summary>
    public List<SourceLine> Lines { get; } = [];

    /// <summary>Which way round the chat's dates are read, for a chat copied from a client.</summary>
    public ChatDateOrder? Dates { get; private init; }

    /// <summary>
    /// Which lines are headers is judged on the text as pasted: a header whose first line is the noise a client
    /// prints ("replied to a thread: …") is still a header, though only the lines kept are read as its text.
    /// </summary>
    public static ChatTranscript Read(ReadContext context) =>
        context.ChatExport is { } export ? FromExport(context, export) : FromChatLines(context.Lines);

    private static ChatTranscript FromChatLines(IReadOnlyList<SourceLine> lines)
    {
        var transcript = new ChatTranscript();
        foreach (var line in lines)
        {
            if (TimelineLines.ParseChat(line) is { } message)
            {
                transcript.Messages.Add(new ChatMessage(message));
                transcript.Lines.Add(line);
            }
        }

        return transcript;
    }

    private static ChatTranscript FromExport(ReadContext context, ChatExport export)
    {
        var transcript = new ChatTranscript { Dates = export.Dates };
        var lines = context.Lines;
        Draft? open = null;
        string? author = null;
        var gap = false;
        TimeSpan? previous = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                // A line dropped as the client's noise ("replied to a thread: …") is no gap between paragraphs.
                gap |= !context.WasDropped(line.Number);
                continue;
            }

            if (Opens(export, line, i, author) is { } opened)
            {
                previous = transcript.Close(open, export, previous);
                (open, author) = (opened, opened.Author);
                transcript.Lines.Add(line);
            }
            else if (open is not null && Continues(context, export, open, i, gap))
            {
                open.Text.Add(line.Content);
                transcript.Lines.Add(line);
            }
            else
            {
                previous = transcript.Close(open, export, previous);
                open = null;
            }

            gap = false;
        }

        transcript.Close(open, export, previous);
        return transcript;
    }

    /// <summary>A header opens a message by its author; a follow-up stamp ("11:55", "[11:55 PM] text") one by whoever spoke last.</summary>
    private static Draft? Opens(ChatExport export, SourceLine line, int index, string? author)
    {
        var stamp = export.Stamps[index];
        if (stamp is null)
        {
            return null;
        }

        if (export.IsHeader(index))
        {
            return new Draft(stamp, ChatExport.AuthorOf(stamp), line);
        }

        if (stamp is { Form: ChatStampForm.TimeFirst, Rest: { } rest })
        {
            // "[11:52 PM] Priya Raman: text" names its author when Priya has a header elsewhere in the chat.
            var colon = rest.IndexOf(':');
            if (colon > 0 && export.Authors.Contains(rest[..colon].Trim()))
            {
                return new Draft(stamp, rest[..colon].Trim(), line) { Text = { rest[(colon + 1)..] } };
            }

            return author is null ? null : new Draft(stamp, author, line) { Text = { rest } };
        }

        return stamp.Form is ChatStampForm.TimeOnly && author is not null ? new Draft(stamp, author, line) : null;
    }

    /// <summary>
    /// Up to the last stamp every line belongs to the message above it (paragraphs included). After it, the last
    /// message runs to the first gap, or to a label such as "What I did:" that starts the author's own account.
    /// </summary>
    private static bool Continues(ReadContext context, ChatExport export, Draft open, int index, bool gap) =>
        index < export.LastStamp || (!gap && !(open.Text.Count > 0 && context.LabelAt(index) is not null));

    /// <summary>Adds the finished message (a stamp with no words, such as an image, adds none) and returns its time of day.</summary>
    private TimeSpan? Close(Draft? draft, ChatExport export, TimeSpan? previous)
    {
        if (draft is null)
        {
            return previous;
        }

        var (start, meridiemAdded) = ChatClock.Start(draft.Stamp, export, previous);
        var text = ChatText.Join(draft.Text);
        if (text.Length > 0)
        {
            var message = new TimelineEvent { Start = start, Actor = draft.Author, Text = text, Kind = EventKindClassifier.Classify(text) };
            Messages.Add(new ChatMessage(message, meridiemAdded ? draft.StampLine.Number : null));
        }

        return ChatClock.TimeOf(start) ?? previous;
    }

    private sealed record Draft(ChatStamp Stamp, string Author, SourceLine StampLine)
    {
        public List<string> Text { get; } = [];
    }
}
