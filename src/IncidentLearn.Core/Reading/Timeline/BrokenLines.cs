using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Timeline;

/// <summary>
/// Entries a wiki or a repository writes as one hard-wrapped Markdown paragraph, separated by "&lt;br&gt;":
/// cut into the lines a person sees, so each entry can be read as a line of its own.
/// </summary>
internal static partial class BrokenLines
{
    /// <summary>
    /// The lines as a person sees them: a paragraph whose entries are separated by "&lt;br&gt;" (hard-wrapped
    /// Markdown from a wiki or a repository) is joined and cut at each break; other lines stay as they are.
    /// </summary>
    public static List<SourceLine> Join(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var logical = new List<SourceLine>(Math.Max(0, to - from));
        var i = from;
        while (i < to)
        {
            if (lines[i].IsBlank || !HasBreak(lines[i].Raw))
            {
                logical.Add(lines[i++]);
                continue;
            }

            // Take the whole paragraph this line belongs to: back to the blank before it, on to the blank after it.
            var start = i;
            while (start > from && !lines[start - 1].IsBlank && logical.Count > 0 && logical[^1].Number == lines[start - 1].Number)
            {
                logical.RemoveAt(logical.Count - 1);
                start--;
            }

            var end = i;
            while (end < to && !lines[end].IsBlank)
            {
                end++;
            }

            var joined = new System.Text.StringBuilder();
            var pieceStart = lines[start].Number;
            for (var k = start; k < end; k++)
            {
                var raw = lines[k].Raw.Trim();
                var at = 0;
                foreach (ValueMatch br in Break().EnumerateMatches(raw))
                {
                    joined.Append(' ').Append(raw, at, br.Index - at);
                    logical.Add(new SourceLine(pieceStart, Piece(joined)));
                    joined.Clear();
                    at = br.Index + br.Length;
                    pieceStart = lines[k].Number;
                }

                joined.Append(' ').Append(raw, at, raw.Length - at);
            }

            if (Piece(joined) is { Length: > 0 } tail)
            {
                logical.Add(new SourceLine(pieceStart, tail));
            }

            i = end;
        }

        return logical;
    }

    // A piece between breaks, without the "\\\\" line-break escapes some wikis put between entries.
    private static string Piece(System.Text.StringBuilder joined) => joined.ToString().Trim().TrimStart('\\').Trim();

    private static bool HasBreak(string raw) => raw.Contains("<br", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"<br\s{0,3}/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Break();
}
