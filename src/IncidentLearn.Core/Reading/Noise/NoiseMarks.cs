using System.Text.RegularExpressions;
using IncidentLearn.Core.Reading.Chat;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Noise;

/// <summary>Which lines are noise and why; a line that looks like incident content is kept with a warning instead.</summary>
public sealed partial class NoiseMarks
{
    private readonly string?[] reasons;
    private readonly DropKind[] kinds;
    private readonly Lazy<ChatExport?> chat;

    public NoiseMarks(SourceDocument document)
    {
        Document = document;
        reasons = new string?[document.Lines.Count];
        kinds = new DropKind[document.Lines.Count];
        chat = new Lazy<ChatExport?>(() => ChatExport.Detect(document.Lines), LazyThreadSafetyMode.None);
    }

    public SourceDocument Document { get; }

    /// <summary>The chat copied from a client that the document is, if it is one; found once for every evidence.</summary>
    public ChatExport? Chat => chat.Value;

    public List<string> Warnings { get; } = [];

    public bool IsDropped(int index) => reasons[index] is not null;

    public string? ReasonAt(int index) => reasons[index];

    /// <summary>Drops a line unless it carries incident content (a time, a figure with a unit, a long sentence).</summary>
    public void Drop(int index, DropKind kind, string reason) => Drop(index, kind, reason, lengthIsContent: true);

    /// <summary>
    /// As <see cref="Drop(int, DropKind, string)"/>; a banner or list whose kind is certain may be long without that making
    /// it content (<paramref name="lengthIsContent"/> false), though a time or figure in it still keeps it.
    /// </summary>
    public void Drop(int index, DropKind kind, string reason, bool lengthIsContent)
    {
        if (reasons[index] is not null)
        {
            return;
        }

        var line = Document.Lines[index];
        if (lengthIsContent ? CarriesIncidentContent(line.Content) : ContentSignal().IsMatch(line.Content))
        {
            Warnings.Add($"Line {line.Number} looks like page furniture ({reason}) but mentions times or figures, so it was kept: \"{Preview(line.Content)}\".");
            return;
        }

        reasons[index] = reason;
        kinds[index] = kind;
    }

    /// <summary>Drops a verbatim copy: the first printing keeps the content, so nothing is lost.</summary>
    public void DropCopy(int index, DropKind kind, string reason) => DropRegardless(index, kind, reason);

    /// <summary>
    /// Drops a line of a part whose heading already says it is the page's, not the incident's (a prep page's
    /// "Common mistakes to avoid"): coaching talks of outages and root causes without that making it content.
    /// </summary>
    public void DropPart(int index, DropKind kind, string reason) => DropRegardless(index, kind, reason);

    private void DropRegardless(int index, DropKind kind, string reason)
    {
        if (reasons[index] is null)
        {
            reasons[index] = reason;
            kinds[index] = kind;
        }
    }

    public List<DroppedLine> ToDroppedLines()
    {
        var dropped = new List<DroppedLine>();
        for (var i = 0; i < reasons.Length; i++)
        {
            if (reasons[i] is { } reason)
            {
                dropped.Add(new DroppedLine(Document.Lines[i].Number, Document.Lines[i].Content, reason, kinds[i]));
            }
        }

        return dropped;
    }

    public static string Preview(string text) => text.Length <= 60 ? text : text[..57] + "...";

    public static bool CarriesIncidentContent(string content) =>
        content.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 15 || ContentSignal().IsMatch(content);

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b|\d\s?(?:%|ms\b|s\b|GB\b|MB\b|minutes?\b|hours?\b|errors?\b|requests?\b|users?\b|customers?\b)|\b(?:outage|rollback|rolled back|alert|paged|root cause|latency|error rate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ContentSignal();
}
