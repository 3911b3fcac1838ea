using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading;

/// <summary>The pasted text split into numbered lines; the original is kept verbatim for the record.</summary>
public sealed class SourceDocument
{
    private SourceDocument(string original, List<SourceLine> lines)
    {
        Original = original;
        Lines = lines;
    }

    public string Original { get; }

    public IReadOnlyList<SourceLine> Lines { get; }

    public static SourceDocument Parse(string text)
    {
        var body = text.StartsWith('\uFEFF') ? text[1..] : text;
        var raw = LineSplitter.Split(body);
        var lines = new List<SourceLine>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            lines.Add(new SourceLine(i + 1, raw[i]));
        }

        return new SourceDocument(text, lines);
    }
}
