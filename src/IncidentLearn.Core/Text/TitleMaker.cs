namespace IncidentLearn.Core.Text;

/// <summary>Makes a short title from prose: its first sentence, cut at a word boundary.</summary>
public static class TitleMaker
{
    public const int MaxLength = 90;

    public static string FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Untitled incident";
        }

        var sentence = Sentences.First(text).Trim().TrimEnd('.', ':', ';', ',').Trim();
        return Shorten(sentence.Length == 0 ? "Untitled incident" : sentence);
    }

    public static string Shorten(string text)
    {
        var single = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (single.Length <= MaxLength)
        {
            return single;
        }

        var cut = single.LastIndexOf(' ', MaxLength - 1);
        return single[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':') + "…";
    }
}
