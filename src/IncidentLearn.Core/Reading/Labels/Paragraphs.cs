using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Labels;

/// <summary>Joins source lines back into the author's text, and splits bullets into items.</summary>
public static class Paragraphs
{
    /// <summary>Lines trimmed and joined with line breaks; runs of blank lines become one paragraph break.</summary>
    public static string Join(IEnumerable<SourceLine> lines)
    {
        var builder = new System.Text.StringBuilder();
        var pendingBreak = false;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                pendingBreak = builder.Length > 0;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(pendingBreak ? "\n\n" : "\n");
            }

            builder.Append(InlineMarkup.ToPlain(WithoutHeadingMarks(line.Content.Trim())));
            pendingBreak = false;
        }

        return builder.ToString();
    }

    // A sub-heading joined to the part above it ("### Database layer" under "## Root cause") reads as its words.
    private static string WithoutHeadingMarks(string content)
    {
        if (!content.StartsWith('#'))
        {
            return content;
        }

        var words = content.TrimStart('#');
        return words.StartsWith(' ') ? words.TrimEnd('#', ' ').Trim() : content;
    }

    /// <summary>The bullets, each with its continuation lines, bullet marks removed and inline markup made plain.</summary>
    public static List<string> Items(IEnumerable<SourceLine> lines) => RawItems(lines).Select(InlineMarkup.ToPlain).Where(i => i.Length > 0).ToList();

    /// <summary>As <see cref="Items"/>, with the author's markup kept (task boxes and status marks read from it).</summary>
    public static List<string> RawItems(IEnumerable<SourceLine> lines)
    {
        var items = new List<string>();
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            var item = StripBullet(line.Content, line.FoldedContent, out var isBullet);
            if (isBullet || items.Count == 0)
            {
                items.Add(item);
            }
            else
            {
                items[^1] = $"{items[^1]} {item}";
            }
        }

        return items.Where(i => i.Length > 0).ToList();
    }

    /// <summary>True when the line is a bullet or numbered item.</summary>
    public static bool IsBullet(SourceLine line)
    {
        StripBullet(line.Content, line.FoldedContent, out var isBullet);
        return isBullet;
    }

    /// <summary>True when the text starts with a list marker ("- ", "* ", "• ", "1. ").</summary>
    public static bool IsBullet(string text)
    {
        StripBullet(text, text, out var isBullet);
        return isBullet;
    }

    /// <summary>Removes "- ", "* ", "• ", "1. " from the start of a line's content.</summary>
    public static string StripBullet(string content, string folded, out bool isBullet)
    {
        isBullet = false;
        var i = 0;
        if (folded.Length > 1 && folded[0] is '-' or '*' or '+' && folded[1] == ' ')
        {
            isBullet = true;
            i = 2;
        }
        else
        {
            var digits = 0;
            while (digits < folded.Length && digits < 3 && char.IsDigit(folded[digits]))
            {
                digits++;
            }

            if (digits > 0 && digits + 1 < folded.Length && folded[digits] is '.' or ')' && folded[digits + 1] == ' ')
            {
                isBullet = true;
                i = digits + 2;
            }
        }

        return content[i..].Trim();
    }

    /// <summary>Bullets if there are any, else the text's sentences: how lists of lessons or actions are written inline.</summary>
    public static List<string> ItemsOrSentences(LabelledPart part)
    {
        var items = part.Items;
        if (items.Count > 0)
        {
            return part.Rest.Length > 0 ? [part.Rest, .. items] : items;
        }

        var text = part.Rest;
        var split = text.Contains(';') ? text.Split(';') : Text.Sentences.Split(text).ToArray();
        return split.Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }
}
