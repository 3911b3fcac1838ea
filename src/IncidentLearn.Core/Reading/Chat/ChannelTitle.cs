namespace IncidentLearn.Core.Reading.Chat;

/// <summary>
/// A title from an incident channel's name: "inc-2291-payments-latency" gives "Payments latency (inc-2291)". Only
/// a channel that says it is about an incident ("inc", "incident", "sev1", "outage") and names something beyond
/// its number gives one; "#ops-payments" or "#inc-2291" do not.
/// </summary>
public static class ChannelTitle
{
    private static readonly HashSet<string> Markers = new(StringComparer.OrdinalIgnoreCase) { "inc", "incident", "outage", "sev", "sev0", "sev1", "sev2", "sev3", "sev4" };

    public static string? From(string channel)
    {
        var tokens = channel.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
        var marker = Array.FindIndex(tokens, Markers.Contains);
        if (marker < 0)
        {
            return null;
        }

        // The id is the marker and the numbers right after it: "inc-2291", "incident-2026-11-21", "sev2".
        var idEnd = marker + 1;
        while (idEnd < tokens.Length && tokens[idEnd].All(char.IsAsciiDigit))
        {
            idEnd++;
        }

        var words = tokens[..marker].Concat(tokens[idEnd..]).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var name = string.Join(' ', words);
        name = char.ToUpperInvariant(name[0]) + name[1..];
        var numbered = idEnd > marker + 1 || tokens[marker].Any(char.IsAsciiDigit);
        return numbered ? $"{name} ({string.Join('-', tokens[marker..idEnd])})" : name;
    }
}
