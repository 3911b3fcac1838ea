using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading;

/// <summary>One line of the source: as pasted, cleaned for quoting, and folded for matching (same length as clean).</summary>
public sealed class SourceLine
{
    public SourceLine(int number, string raw)
    {
        Number = number;
        Raw = raw;
        Text = TextNormalizer.Clean(raw);
        Folded = TextNormalizer.Fold(Text);
        var indent = 0;
        while (indent < Text.Length && Text[indent] == ' ')
        {
            indent++;
        }

        Indent = indent;
    }

    private SourceLine(int number)
    {
        Number = number;
        Raw = Text = Folded = "";
    }

    /// <summary>1-based, counted in the text as pasted.</summary>
    public int Number { get; }

    public string Raw { get; }

    public string Text { get; }

    public string Folded { get; }

    public int Indent { get; }

    public bool IsBlank => Text.Length == 0;

    /// <summary>The cleaned text without its indentation.</summary>
    public string Content => Indent == 0 ? Text : Text[Indent..];

    public string FoldedContent => Indent == 0 ? Folded : Folded[Indent..];

    public int WordCount => wordCount ??= CountWords(Text);

    private int? wordCount;

    private static int CountWords(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' '))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Stands in for a dropped line so paragraphs stay apart and numbering stays true.</summary>
    public static SourceLine Blank(int number) => new(number);

    public override string ToString() => $"{Number}: {Text}";
}
