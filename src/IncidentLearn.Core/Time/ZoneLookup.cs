using System.Globalization;

namespace IncidentLearn.Core.Time;

/// <summary>
/// The one place a written zone becomes an offset or an IANA id: abbreviations from the strict list, offsets
/// ("+02:00", "-0700", "UTC+2", "GMT-5"), IANA names ("Europe/Berlin", checked against the system's zones) and the
/// US zone words ("Eastern", "Pacific"). Anything else is no zone.
/// </summary>
public static class ZoneLookup
{
    private static readonly Dictionary<string, string> ZoneWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eastern"] = "America/New_York",
        ["central"] = "America/Chicago",
        ["mountain"] = "America/Denver",
        ["pacific"] = "America/Los_Angeles",
    };

    /// <summary>
    /// Reads a zone; with <paramref name="anyCase"/> false an abbreviation must be written in capitals (as zones are)
    /// so that "est." or "ct" in running prose stay words.
    /// </summary>
    public static ZoneReading? Read(string written, bool anyCase = true)
    {
        var text = written.Trim();
        if (text.Length == 0 || text.Length > 40)
        {
            return null;
        }

        if (text.Length <= 5 && char.IsAsciiLetter(text[0]) && IsAllLetters(text))
        {
            return ReadAbbreviation(text, anyCase);
        }

        if (ZoneWords.TryGetValue(text, out var wordZone) && (anyCase || char.IsUpper(text[0])))
        {
            return new ZoneReading(written, null, wordZone);
        }

        if (TryReadOffset(text, out var offset))
        {
            return new ZoneReading(written, offset, null);
        }

        return text.Contains('/') && TimeZoneInfo.TryFindSystemTimeZoneById(text, out _) ? new ZoneReading(written, null, text) : null;
    }

    private static ZoneReading? ReadAbbreviation(string text, bool anyCase)
    {
        var capitals = IsAllUpper(text);
        var alwaysZone = text.Equals("utc", StringComparison.OrdinalIgnoreCase) || text.Equals("gmt", StringComparison.OrdinalIgnoreCase);
        if (!anyCase && !capitals && !alwaysZone)
        {
            return null;
        }

        if (ZoneAbbreviations.TryGetOffset(text, out var offset))
        {
            return new ZoneReading(text, offset, null);
        }

        return ZoneAbbreviations.TryGetZoneId(text, out var zoneId) ? new ZoneReading(text, null, zoneId) : null;
    }

    /// <summary>"+02:00", "-0700", "+05", "UTC+2", "GMT-5", "UTC + 5:30"; hours up to 14 as real zones have.</summary>
    public static bool TryReadOffset(string text, out TimeSpan offset)
    {
        offset = default;
        var span = text.AsSpan().Trim();
        if (span.Length > 3 && (span.StartsWith("utc", StringComparison.OrdinalIgnoreCase) || span.StartsWith("gmt", StringComparison.OrdinalIgnoreCase)))
        {
            span = span[3..].TrimStart();
        }

        if (span.Length < 2 || span[0] is not ('+' or '-' or '\u2212'))
        {
            return false;
        }

        var negative = span[0] != '+';
        if (!TryReadHoursAndMinutes(span[1..].TrimStart(), out var hours, out var minutes) || hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (negative ? -1 : 1);
        return true;
    }

    // "5", "05", "0530", "05:30"; the packed four-digit form is how RFC 2822 writes offsets.
    private static bool TryReadHoursAndMinutes(ReadOnlySpan<char> digits, out int hours, out int minutes)
    {
        minutes = 0;
        var colon = digits.IndexOf(':');
        if (colon >= 0)
        {
            return int.TryParse(digits[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out hours) && colon <= 2
                && digits.Length - colon - 1 == 2 && int.TryParse(digits[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out minutes);
        }

        if (digits.Length is 1 or 2)
        {
            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out hours);
        }

        hours = 0;
        if (digits.Length != 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var packed))
        {
            return false;
        }

        (hours, minutes) = (packed / 100, packed % 100);
        return true;
    }
    private static bool IsAllLetters(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllUpper(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
