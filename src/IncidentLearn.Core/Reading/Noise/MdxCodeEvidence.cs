using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Noise;

/// <summary>
/// The code of a page written in MDX (Markdown with JSX), copied with its source: import lines, exported objects
/// such as a page's metadata (to the brace that closes them), and lines that are only a layout component's tag.
/// </summary>
public sealed partial class MdxCodeEvidence : INoiseEvidence
{
    private const string Reason = "page code (MDX imports, exports or layout components), not the write-up";
    private const int MaxBlockLines = 300;

    public void Mark(NoiseMarks marks)
    {
        var lines = marks.Document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var content = lines[i].Content;
            // Page code starts with "import", "export" or "<"; prose almost never does, so most lines cost one look.
            if (lines[i].IsBlank || content.Length > 400 || content[0] is not ('i' or 'e' or '<'))
            {
                continue;
            }

            if (Import().IsMatch(content) || ComponentTag().IsMatch(content.TrimEnd()))
            {
                marks.DropCopy(i, DropKind.PageCode, Reason);
            }
            else if (Export().IsMatch(content))
            {
                i = DropBlock(marks, i);
            }
        }
    }

    // From "export const meta = {" to the line where its brackets close; a one-line export is one line.
    private static int DropBlock(NoiseMarks marks, int start)
    {
        var lines = marks.Document.Lines;
        var depth = 0;
        for (var i = start; i < lines.Count && i - start < MaxBlockLines; i++)
        {
            foreach (var c in lines[i].Text)
            {
                depth += c is '{' or '(' or '[' ? 1 : c is '}' or ')' or ']' ? -1 : 0;
            }

            marks.DropCopy(i, DropKind.PageCode, Reason);
            if (depth <= 0)
            {
                return i;
            }
        }

        return start;
    }

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^import\s+(?:[\w*{}\s,]{1,200}\s+from\s+)?['""][^'""]{1,200}['""];?\s*$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Import();

    [GeneratedRegex(@"^export\s+(?:const|let|var|default|function|async function)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Export();

    // "<BlogPostLayout meta={meta}>", "</BlogPostLayout>", "<Figure src=… />": a capitalised component alone on its line.
    [GeneratedRegex(@"^</?[A-Z][\w.]{0,60}(?:\s[^<>]{0,300})?/?>$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ComponentTag();
}
