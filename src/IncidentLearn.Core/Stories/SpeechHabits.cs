using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Stories;

/// <summary>Counts the habits an interviewer hears: "I" against "we", and hedging that undersells what was done.</summary>
public static partial class SpeechHabits
{
    private static readonly HashSet<string> FirstPerson = new(StringComparer.OrdinalIgnoreCase) { "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "me", "my", "myself" };
    private static readonly HashSet<string> Team = new(StringComparer.OrdinalIgnoreCase) { "we", "we're", "we’re", "we've", "we’ve", "we'd", "we’d", "us", "our", "ourselves" };

    [GeneratedRegex(@"\b(maybe|perhaps|probably|possibly|hopefully|basically|somewhat|fairly|sort of|kind of|a bit|i think|i guess|i believe|i feel like|tried to|might have|more or less)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    /// <summary>A word with its hyphenated parts, so the region "us-east" is not heard as "us".</summary>
    [GeneratedRegex(@"[\p{L}'’]+(?:-[\p{L}'’]+)*")]
    private static partial Regex Word();

    public static int FirstPersonCount(string text) => Word().Matches(text).Count(m => FirstPerson.Contains(m.Value));

    public static int WeCount(string text) => Word().Matches(text).Count(m => Team.Contains(m.Value));

    public static IReadOnlyList<string> Hedges(string text) => Hedge().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
}
