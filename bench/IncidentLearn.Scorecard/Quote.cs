namespace IncidentLearn.Scorecard;

/// <summary>Text read by the reader, shortened to one line for a miss.</summary>
public static class Quote
{
    public static string Of(string? text, int max = 90)
    {
        var line = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= max ? $"\"{line}\"" : $"\"{line[..(max - 1)]}…\"";
    }
}
