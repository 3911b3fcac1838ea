using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading.Chat;
using IncidentLearn.Core.Reading.Labels;

namespace IncidentLearn.Core.Reading;

/// <summary>
/// The working state of one read: the lines still visible after noise was dropped (dropped lines become
/// blanks so paragraphs and numbering stay true), the record being filled, the report, and which lines
/// the chosen reader used.
/// </summary>
public sealed class ReadContext
{
    private readonly bool[] consumed;
    private LabelMatch?[]? labels;
    private bool[]? labelParsed;
    private string? visibleText;
    private Markdig.Syntax.MarkdownDocument? markdown;
    private bool? looksLikeMarkdown;
    private HashSet<int>? droppedNumbers;
    private ChatTranscript? chatTranscript;
    private List<Timeline.TimedEvent>? timedBlocks;

    public ReadContext(SourceDocument document, IReadOnlyList<SourceLine> lines, ReadReport report, ChatExport? chatExport)
    {
        Document = document;
        Lines = lines;
        Report = report;
        ChatExport = chatExport;
        consumed = new bool[lines.Count + 1];
        Texts = new TextFields(Record);
    }

    /// <summary>Where readers add to the record's text fields; flushed into the record after extraction.</summary>
    public TextFields Texts { get; }

    public SourceDocument Document { get; }

    /// <summary>Every line of the source in order; a dropped line appears as a blank with its number.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    public ReadReport Report { get; }

    public IncidentRecord Record { get; } = new();

    public void Warn(string message) => Report.Warnings.Add(message);

    /// <summary>The label at the start of the line at this index, parsed once and shared by every reader.</summary>
    public LabelMatch? LabelAt(int index)
    {
        labels ??= new LabelMatch?[Lines.Count];
        labelParsed ??= new bool[Lines.Count];
        if (!labelParsed[index])
        {
            labelParsed[index] = true;
            labels[index] = Lines[index].IsBlank || Lines[index].Text.Length >= 2_000 ? null : LabelParser.Parse(Lines[index]);
        }

        return labels[index];
    }

    /// <summary>The chat copied from Slack, Teams or Discord that the text is, if it is one (found once, by the noise stage).</summary>
    public ChatExport? ChatExport { get; }

    /// <summary>The text's chat messages, read once and shared by the chat reader's score and its extraction.</summary>
    public ChatTranscript ChatTranscript => chatTranscript ??= ChatTranscript.Read(this);

    /// <summary>The timeline entries the visible text carries in any block form, read once for the shape scores and the timeline.</summary>
    public IReadOnlyList<Timeline.TimedEvent> TimedBlocks => timedBlocks ??= Timeline.TimedBlocks.Read(Lines, 0, Lines.Count);

    /// <summary>The section headings by line index (text and level), found once by the section splitter.</summary>
    internal Dictionary<int, (string Text, int Level)>? SectionHeadings { get; set; }

    /// <summary>How many post-mortem parts the text names, counted once for the three shapes that ask.</summary>
    internal int? TemplateParts { get; set; }

    /// <summary>The sections the shape scores share (the winner's extraction splits its own, which it may change).</summary>
    internal IReadOnlyList<Sections.Section>? ScoringSections { get; set; }

    /// <summary>The visible text, one line per source line, for Markdig (line numbers stay aligned).</summary>
    public string VisibleText => visibleText ??= string.Join('\n', Lines.Select(l => l.Text));

    /// <summary>Markdig's tree of the visible text (pipe tables and YAML front matter on), parsed once.</summary>
    public Markdig.Syntax.MarkdownDocument Markdown => markdown ??= Markdig.Markdown.Parse(VisibleText, Text.MarkdigPipeline.Instance);

    /// <summary>True when the text uses Markdown structure (ATX or setext headings, pipe tables or front matter), so Markdig should read it.</summary>
    public bool LooksLikeMarkdown => looksLikeMarkdown ??= Lines.Any(l => l.Content.StartsWith('#') && l.Content.TrimStart('#').StartsWith(' ') || l.Content.StartsWith('|'))
        || HasSetextHeading() || Sections.FrontMatter.Length(Document.Lines) > 0;

    // "Impact" over "------" or a title over "=====": an underline of three or more, under a line of text.
    private bool HasSetextHeading()
    {
        for (var i = 1; i < Lines.Count; i++)
        {
            var content = Lines[i].Content;
            if (Lines[i].Indent == 0 && content.Length >= 3 && (content.All(c => c == '=') || content.All(c => c == '-'))
                && !Lines[i - 1].IsBlank && Lines[i - 1].WordCount <= 12 && !Labels.Paragraphs.IsBullet(Lines[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    public void Consume(SourceLine line) => consumed[line.Number] = true;

    public void Consume(IEnumerable<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            consumed[line.Number] = true;
        }
    }

    /// <summary>True when noise evidence dropped this line before the shape was chosen.</summary>
    public bool WasDropped(int lineNumber) => (droppedNumbers ??= Report.Dropped.Select(d => d.Line).ToHashSet()).Contains(lineNumber);

    public bool IsConsumed(int lineNumber) => lineNumber < consumed.Length && consumed[lineNumber];

    public IEnumerable<SourceLine> NonBlank => Lines.Where(l => !l.IsBlank);
}
