namespace IncidentLearn.Core.Reading.Timeline;

/// <summary>The text of a timeline entry, from the lines it spans.</summary>
public static class EntryText
{
    private const int MaxTitleWords = 6;

    /// <summary>
    /// The parts joined by spaces, except that a short title on the stamp's line ("**07:55 (UTC) – Detection**")
    /// is set off from the paragraph under it with a colon ("Detection: A merchant reports …"), so the two do
    /// not read as one sentence. <paramref name="titled"/> says whether the first part stood on the stamp's line.
    /// </summary>
    public static string Join(IReadOnlyList<string> parts, bool titled)
    {
        var kept = parts.Where(p => p.Length > 0).ToList();
        if (titled && kept.Count > 1 && IsTitle(kept[0]) && char.IsUpper(kept[1][0]))
        {
            return kept[0] + ": " + string.Join(' ', kept.Skip(1));
        }

        return string.Join(' ', kept);
    }

    private static bool IsTitle(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && char.IsLetterOrDigit(trimmed[^1]) && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTitleWords;
    }
}
