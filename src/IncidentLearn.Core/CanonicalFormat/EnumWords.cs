using System.Text.Json;

namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>Enum values as the file spells them: lower kebab case ("in-progress"), the same words as the JSON.</summary>
internal static class EnumWords
{
    public static string Write<T>(T value) where T : struct, Enum =>
        Words<T>.Written.TryGetValue(value, out var word) ? word : JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Reads a word leniently: case, dashes, underscores, spaces and apostrophes are ignored ("Won't do").</summary>
    public static bool TryRead<T>(string word, out T value) where T : struct, Enum =>
        Words<T>.Read.TryGetValue(Fold(word), out value);

    /// <summary>The words a field accepts, for problem messages.</summary>
    public static string List<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Select(v => Write(v)));

    /// <summary>Each enum's words, worked out once.</summary>
    private static class Words<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Written =
            Enum.GetValues<T>().ToDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

        public static readonly Dictionary<string, T> Read =
            Enum.GetValues<T>().ToDictionary(v => Fold(v.ToString()), v => v, StringComparer.OrdinalIgnoreCase);
    }

    private static string Fold(string word) =>
        new(word.Where(c => c is not ('-' or '_' or ' ' or '\t' or '\'' or '\u2019')).ToArray());
}
