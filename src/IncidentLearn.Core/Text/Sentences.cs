namespace IncidentLearn.Core.Text;

/// <summary>Splits prose into sentences well enough for titles and drafts; not a linguist.</summary>
public static class Sentences
{
    public static List<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var endsLine = c == '\n' && (i + 1 >= text.Length || text[i + 1] == '\n');
            if (!endsLine && !(c is '.' or '!' or '?' && IsBoundaryAfter(text, i)))
            {
                continue;
            }

            Add(sentences, text[start..(i + 1)]);
            start = i + 1;
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    public static string First(string text)
    {
        foreach (var sentence in Split(text))
        {
            return sentence;
        }

        return "";
    }

    private static bool IsBoundaryAfter(string text, int i)
    {
        if (i + 1 >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        var next = i + 2 < text.Length ? text[i + 2] : ' ';
        return (char.IsUpper(next) || char.IsDigit(next) || next is '"' or '(') && !IsAbbreviation(text, i);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        return word is "e.g" or "i.e" or "etc" or "vs" or "Mr" or "Ms" or "Dr" or "approx" || (word.Length == 1 && char.IsUpper(word[0]));
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }
}
