using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Anki;

/// <summary>Reads Anki cloze markup: which cN numbers a text uses.</summary>
public static partial class AnkiCloze
{
    /// <summary>Zero-based card ordinals, one per distinct {{cN::…}}, in ascending order.</summary>
    public static IReadOnlyList<int> Ordinals(string text) =>
        Deletion().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1)
            .Where(n => n >= 0).Distinct().Order().ToList();

    [GeneratedRegex(@"\{\{c(\d+)::")]
    private static partial Regex Deletion();
}
