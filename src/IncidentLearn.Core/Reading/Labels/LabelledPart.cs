using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Labels;

/// <summary>A label, the words after it on its line, and the lines under it up to the next label at its level.</summary>
public sealed class LabelledPart
{
    public LabelledPart(LabelMatch label, SourceLine line)
    {
        Label = label;
        LabelLine = line;
        var rest = line.Text[Math.Min(label.RestStart, line.Text.Length)..].Trim().TrimEnd('*', '_').TrimEnd();
        // A heading's closing hashes ("## Summary ##") are markup, never the author's words.
        Rest = InlineMarkup.ToPlain(label.HeadingLevel > 0 ? rest.TrimEnd('#', ' ') : rest);
    }

    public LabelMatch Label { get; }

    public LabelField Field => Label.Field;

    public SourceLine LabelLine { get; }

    /// <summary>The author's words after the label on the label's own line.</summary>
    public string Rest { get; }

    public List<SourceLine> Body { get; } = [];

    public IEnumerable<SourceLine> AllLines => Body.Prepend(LabelLine);

    /// <summary>The whole part as the author wrote it: the rest of the label line, then the body, paragraphs kept apart.</summary>
    public string Text => BodyText.Length == 0 ? Rest : Rest.Length == 0 ? BodyText : $"{Rest}\n{BodyText}";

    public string BodyText => Paragraphs.Join(Body);

    /// <summary>The bullets under the label, each with its continuation lines, bullet marks removed.</summary>
    public List<string> Items => Paragraphs.Items(Body);

    /// <summary>The bullets with the author's markup kept, for the status marks in it.</summary>
    public List<string> RawItems => Paragraphs.RawItems(Body).Where(i => i.Length > 0).ToList();
}
