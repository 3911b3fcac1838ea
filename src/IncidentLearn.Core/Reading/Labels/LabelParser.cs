namespace IncidentLearn.Core.Reading.Labels;

/// <summary>
/// Recognises a label at the start of a line in every style seen in the wild: "S – Situation: …",
/// "Situation:", "**Task**", "**A – Action**:", "T) …", "## Action", "- Preventive Measures:",
/// "Anticipated Follow-Up Question 2: Convincing Stakeholders". Works on the folded line (dashes are "-").
/// </summary>
public static class LabelParser
{
    private const int MaxLabelLength = 60;
    private const int MaxAsideLength = 40;

    public static LabelMatch? Parse(SourceLine line) => line.IsBlank ? null : Parse(line.Folded, line.Indent);

    public static LabelMatch? Parse(string folded, int indent)
    {
        var i = indent;
        var heading = 0;
        while (i < folded.Length && folded[i] == '#' && heading < 7)
        {
            heading++;
            i++;
        }

        if (heading > 0 && (heading > 6 || i >= folded.Length || folded[i] != ' '))
        {
            return null;
        }

        if (heading > 0)
        {
            // "## Summary ##": the closing hashes are the heading's markup, not the author's words.
            folded = WithoutClosingHashes(folded);
        }

        i = SkipSpaces(folded, i);
        var bulleted = false;
        if (i + 1 < folded.Length && folded[i] is '-' or '*' or '+' && folded[i + 1] == ' ')
        {
            bulleted = true;
            i = SkipSpaces(folded, i + 1);
        }
        else if (i + 2 < folded.Length && char.IsDigit(folded[i]) && folded[i + 1] is '.' or ')' && folded[i + 2] == ' ')
        {
            // "## 3. Impact" is a numbered heading, "3. Impact:" a numbered item.
            bulleted = heading == 0;
            i = SkipSpaces(folded, i + 2);
        }

        var emphasis = EmphasisLength(folded, i);
        i += emphasis;
        return ParseLetterForm(folded, i, indent, bulleted, heading)
            ?? ParseWordForm(folded, i, indent, bulleted, heading, emphasis > 0);
    }

    // "S - Situation", "S: Situation", "T) text", "R - text": the STAR initial, alone or before its word.
    private static LabelMatch? ParseLetterForm(string f, int start, int indent, bool bulleted, int heading)
    {
        if (start + 1 >= f.Length || f[start] is not ('S' or 'T' or 'A' or 'R') || char.IsLetterOrDigit(f[start + 1]))
        {
            return null;
        }

        var letter = f[start];
        var i = SkipSpaces(f, start + 1 + EmphasisLength(f, start + 1));
        var separator = i < f.Length && f[i] is '-' or ':' or ')' or '.' or '|' ? f[i] : '\0';
        if (separator != '\0')
        {
            i = SkipSpaces(f, i + 1);
        }

        var wordEnd = i;
        while (wordEnd < f.Length && char.IsLetter(f[wordEnd]))
        {
            wordEnd++;
        }

        var word = f[i..wordEnd];
        if (LabelVocabulary.Find(word) is { } field && LabelVocabulary.IsStar(field) && char.ToUpperInvariant(word[0]) == letter)
        {
            var rest = AfterDelimiter(f, wordEnd, requireDelimiter: false);
            return new LabelMatch(field, $"{letter} - {word}", rest ?? wordEnd, indent, bulleted, heading, LetterForm: true);
        }

        // A bare initial needs a clear separator: "S: …", "T) …", "A - …" (but not "A) option" without text).
        if (separator is ':' or ')' or '-' && i < f.Length && i > start + 1 && (separator != '-' || f[start + 1] == ' '))
        {
            var bare = letter switch { 'S' => LabelField.Situation, 'T' => LabelField.Task, 'A' => LabelField.Action, _ => LabelField.Result };
            return new LabelMatch(bare, letter.ToString(), SkipEmphasis(f, i), indent, bulleted, heading, LetterForm: true);
        }

        return null;
    }

    private static LabelMatch? ParseWordForm(string f, int start, int indent, bool bulleted, int heading, bool emphasised)
    {
        var end = start;
        while (end < f.Length && end - start <= MaxLabelLength && IsLabelChar(f, end))
        {
            end++;
        }

        if (end == start || end - start > MaxLabelLength)
        {
            return null;
        }

        var label = f[start..end].TrimEnd();
        var field = LabelVocabulary.Find(label);
        if (field is null)
        {
            return null;
        }

        var closesEmphasis = EmphasisLength(f, end) > 0;
        var standsAlone = heading > 0 || (emphasised && closesEmphasis);
        var rest = AfterDelimiter(f, AfterAside(f, end), requireDelimiter: !standsAlone);
        return rest is null ? null : new LabelMatch(field.Value, label, rest.Value, indent, bulleted, heading, LetterForm: false);
    }

    // "Situation (2 sentences): …", "Impact (customer-facing) – …": an aside between the label and its delimiter
    // belongs to the label. Only when a delimiter follows it; otherwise the parenthesis is the author's.
    private static int AfterAside(string f, int end)
    {
        var open = SkipSpaces(f, end + EmphasisLength(f, end));
        if (open >= f.Length || f[open] != '(')
        {
            return end;
        }

        var close = f.IndexOf(')', open);
        if (close < 0 || close - open > MaxAsideLength)
        {
            return end;
        }

        var after = SkipSpaces(f, close + 1 + EmphasisLength(f, close + 1));
        return after < f.Length && f[after] is ':' or '-' ? close + 1 : end;
    }

    /// <summary>Where the author's words begin after a label; null when a delimiter was needed and missing.</summary>
    private static int? AfterDelimiter(string f, int position, bool requireDelimiter)
    {
        var i = position + EmphasisLength(f, position);
        var spaced = SkipSpaces(f, i);
        if (spaced >= f.Length)
        {
            return f.Length;
        }

        var c = f[spaced];
        var isDash = c == '-' && (spaced + 1 >= f.Length || f[spaced + 1] == ' ');
        if (c is ':' or ')' || (c == '.' && spaced + 1 < f.Length && f[spaced + 1] == ' ') || isDash)
        {
            return SkipEmphasis(f, SkipSpaces(f, spaced + 1));
        }

        return requireDelimiter ? null : SkipEmphasis(f, spaced);
    }

    private static bool IsLabelChar(string f, int i)
    {
        var c = f[i];
        if (char.IsLetterOrDigit(c) || c is '&' or '\'')
        {
            return true;
        }

        if (c == ';')
        {
            return i > 1 && f[i - 1] == 'l' && f[i - 2] == 't';
        }

        // Hyphens inside words ("Follow-Up") and single spaces between words belong to the label.
        return (c == '-' && i > 0 && f[i - 1] != ' ' && i + 1 < f.Length && f[i + 1] != ' ')
            || (c == ' ' && i + 1 < f.Length && char.IsLetterOrDigit(f[i + 1]));
    }

    private static string WithoutClosingHashes(string folded)
    {
        var end = folded.Length;
        while (end > 0 && folded[end - 1] == ' ')
        {
            end--;
        }

        var hashes = end;
        while (hashes > 0 && folded[hashes - 1] == '#')
        {
            hashes--;
        }

        return hashes < end && hashes > 0 && folded[hashes - 1] == ' ' ? folded[..hashes].TrimEnd() : folded;
    }

    private static int EmphasisLength(string f, int i)
    {
        if (i + 1 < f.Length && (f[i] == '*' && f[i + 1] == '*' || f[i] == '_' && f[i + 1] == '_'))
        {
            return 2;
        }

        return i < f.Length && f[i] is '*' or '_' ? 1 : 0;
    }

    private static int SkipEmphasis(string f, int i) => SkipSpaces(f, i + EmphasisLength(f, i));

    private static int SkipSpaces(string f, int i)
    {
        while (i < f.Length && f[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
