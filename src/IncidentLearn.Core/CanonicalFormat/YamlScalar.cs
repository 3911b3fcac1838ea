using System.Globalization;
using System.Text;

namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>
/// Writes a string as a YAML scalar that any YAML reader gives back as that same string: plain when that is
/// unambiguous, otherwise double-quoted with escapes (always on one line, so no folding can change it).
/// </summary>
internal static class YamlScalar
{
    /// <summary>Words YAML 1.1 or 1.2 readers would turn into booleans or nulls.</summary>
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    /// <summary>Characters that mean something at the start of a plain scalar (or would read as a number).</summary>
    private const string UnsafeFirst = "-?:,[]{}#&*!|>'\"%@`<=~.+0123456789";

    public static string Write(string value) => CanBePlain(value) ? value : Quote(value);

    private static bool CanBePlain(string value)
    {
        if (value.Length == 0 || ReservedWords.Contains(value) || UnsafeFirst.Contains(value[0]))
            return false;
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || value[^1] == ':')
            return false;
        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) ||
            value.Contains(":\t", StringComparison.Ordinal) || value.Contains("\t#", StringComparison.Ordinal))
            return false;

        foreach (var c in value)
        {
            if (NeedsEscape(c) || c == '\t')
                return false;
        }

        return true;
    }

    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (NeedsEscape(c))
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Controls, YAML's extra line breaks (NEL, LS, PS), the BOM and the non-characters YAML forbids.</summary>
    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF';
}
