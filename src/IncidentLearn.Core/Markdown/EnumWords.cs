using System.Text.Json;

namespace IncidentLearn.Core.Markdown;

/// <summary>Enum values as the file spells them: lower kebab case ("in-progress"), the same words as the JSON.</summary>
internal static class EnumWords
{
    public static string Write<T>(T value) where T : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Reads a word leniently: case, dashes, underscores, spaces and apostrophes are ignored ("Won't do").</summary>
    public static bool TryRead<T>(string word, out T value) where T : struct, Enum
    {
        var wanted = Fold(word);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Fold(candidate.ToString()), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The words a field accepts, for problem messages.</summary>
    public static string List<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Select(v => Write(v)));

    private static string Fold(string word) =>
        new(word.Where(c => c is not ('-' or '_' or ' ' or '\t' or '\'' or '\u2019')).ToArray());
}
