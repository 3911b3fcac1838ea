using System.Text.RegularExpressions;
using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Noise;

/// <summary>
/// A page's menus, breadcrumbs and action bars, told by their build rather than their words: a short line cut
/// by separators ("·", "|", "/", "›", "»", or wide gaps) into three or more pieces of one to four words each,
/// none a sentence ("[Blog](/blog) · [Careers](/careers) · [Open source](/oss)", "Spaces / Site Reliability /
/// Postmortems / 2024", "Newer Post  Older Post  Home", "Edit · Share · Watch"); and a post's neighbours
/// ("← Previous: Our on-call handbook   Next: Building offline boarding →").
/// </summary>
public sealed partial class NavigationBarEvidence : INoiseEvidence
{
    private const int MaxLineLength = 160;
    private const int MinPieces = 3;
    private const int MinContentsItems = 5;
    private const int MaxPieceWords = 4;
    private static readonly System.Buffers.SearchValues<char> SeparatorChars = System.Buffers.SearchValues.Create("\u00b7|\u203a\u00bb\u2022/>");

    public void Mark(NoiseMarks marks)
    {
        MarkContents(marks);
        var lines = marks.Document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Content.Length > MaxLineLength || line.Content.TrimStart().StartsWith('|') || Paragraphs.IsBullet(line))
            {
                continue;
            }

            // Most lines have no separator at all and name no neighbour; a menu has at least two separators. A line
            // with a time is a chat header or an entry ("PagerDuty  APP  12:06 AM"), never a menu.
            var raw = line.Content;
            if ((raw.AsSpan().IndexOfAny(SeparatorChars) < 0 && !raw.Contains("  ", StringComparison.Ordinal) && !NamesNeighbour(raw))
                || NoiseMarks.CarriesIncidentContent(raw))
            {
                continue;
            }

            var content = InlineMarkup.ToPlain(raw.Trim()).Trim();

            if (PostNeighbours().IsMatch(content) || (OnlyALink().IsMatch(raw) && NamesNeighbour(content)))
            {
                marks.Drop(i, DropKind.Navigation, "a post's links to its neighbours");
            }
            else if (IsBar(content))
            {
                marks.Drop(i, DropKind.Navigation, "a page's menu, breadcrumb or action bar");
            }
        }
    }

    /// <summary>
    /// A table of contents: a run of list items that are nothing but links ("1. [Foreword](/foreword)", "- [Part II -
    /// Principles](/part-ii)"), five or more, as a book's or a docs site's page prints around every chapter.
    /// </summary>
    private static void MarkContents(NoiseMarks marks)
    {
        var lines = marks.Document.Lines;
        var i = 0;
        while (i < lines.Count)
        {
            var start = i;
            while (i < lines.Count && lines[i].Content.Length <= MaxLineLength && LinkItem().IsMatch(lines[i].Content))
            {
                i++;
            }

            if (i - start >= MinContentsItems)
            {
                for (var k = start; k < i; k++)
                {
                    marks.Drop(k, DropKind.Navigation, "a page's table of contents", lengthIsContent: false);
                }
            }

            i = Math.Max(i, start + 1);
        }
    }

    private static bool NamesNeighbour(string raw)
    {
        var start = raw.AsSpan().TrimStart(" *_[\u2190<\u00ab");
        return start.StartsWith("prev", StringComparison.OrdinalIgnoreCase) || start.StartsWith("next", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("older", StringComparison.OrdinalIgnoreCase) || start.StartsWith("newer", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsBar(string content)
    {
        var pieces = Separators().Split(content).Select(p => p.Trim()).Where(p => p.Length > 0 && p != "\u22ef" && p != "...").ToList();
        // "03/02/2023" is a date, not a breadcrumb: most pieces of a bar are words.
        return pieces.Count >= MinPieces && pieces.Count(p => p.Any(char.IsLetter)) >= MinPieces - 1
            && pieces.All(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxPieceWords && !p.EndsWith('.') && !p.Contains(": ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\s*[\u00b7|\u203a\u00bb\u2022/]\s*|\s{2,}|\s>\s", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\s*\[[^\]]{1,160}\]\([^)\s]{1,300}\)\s*$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex OnlyALink();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[[^\]]{1,160}\]\([^)\s]{1,300}\)\s*$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex LinkItem();

    [GeneratedRegex(@"^(?:[←<«]\s*)?(?:previous|prev|older|newer|next)(?: post| article| story)?\s?:\s.{1,80}(?:→|>|»)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PostNeighbours();
}
