namespace IncidentLearn.Core.Stories;

/// <summary>
/// Sentences that lean on the one before ("This meant…", "It was…", "Instead I…") and make no sense alone.
/// A story chooses whole sentences, so such a sentence is kept together with its antecedent as one piece.
/// </summary>
public static class BackReferences
{
    /// <summary>First words that point back at something said just before.</summary>
    private static readonly HashSet<string> LeaningWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "this", "that", "these", "those", "it", "its", "they", "them", "their", "he", "she", "his", "her", "such",
        "instead", "meanwhile", "however", "otherwise", "but", "so", "also", "therefore", "thus", "hence", "which",
    };

    /// <summary>"That week", "this morning": a demonstrative before a time points at the story's own days, not the sentence before.</summary>
    private static readonly HashSet<string> Times = new(StringComparer.OrdinalIgnoreCase)
    {
        "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "time", "quarter", "sprint",
    };

    public static bool LeansBack(string sentence)
    {
        var words = sentence.TrimStart().Split(' ', 3);
        var first = words[0].TrimEnd(',', ':', ';');
        var apostrophe = first.IndexOfAny(['\'', '’']);
        var time = words.Length > 1 && Times.Contains(words[1].TrimEnd(',', ':', ';'));
        return LeaningWords.Contains(apostrophe > 0 ? first[..apostrophe] : first) && !time;
    }

    /// <summary>The sentences of a text as pieces that stand alone: a leaning sentence joins the piece before it.</summary>
    public static IReadOnlyList<string> SelfContained(string? text)
    {
        var pieces = new List<string>();
        foreach (var sentence in Sentences.Split(text))
        {
            if (pieces.Count > 0 && LeansBack(sentence))
            {
                pieces[^1] += " " + sentence;
            }
            else
            {
                pieces.Add(sentence);
            }
        }

        return pieces;
    }
}
