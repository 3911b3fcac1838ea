namespace IncidentLearn.Core.Time;

/// <summary>
/// The zone abbreviations common in write-ups, and only those: a strict list keeps words such as "OUT" or "DEV"
/// from being read as zones. Ambiguous ones (IST, CST as China) are read the way English-language post-mortems
/// usually mean them. The generic US names (PT, ET, CT, MT) switch with daylight saving, so they resolve to IANA zones.
/// </summary>
internal static class ZoneAbbreviations
{
    private static readonly Dictionary<string, TimeSpan> Offsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["z"] = TimeSpan.Zero,
        ["utc"] = TimeSpan.Zero,
        ["gmt"] = TimeSpan.Zero,
        ["wet"] = TimeSpan.Zero,
        ["west"] = TimeSpan.FromHours(1),
        ["bst"] = TimeSpan.FromHours(1),
        ["cet"] = TimeSpan.FromHours(1),
        ["cest"] = TimeSpan.FromHours(2),
        ["eet"] = TimeSpan.FromHours(2),
        ["eest"] = TimeSpan.FromHours(3),
        ["msk"] = TimeSpan.FromHours(3),
        ["ist"] = new TimeSpan(5, 30, 0),
        ["sgt"] = TimeSpan.FromHours(8),
        ["hkt"] = TimeSpan.FromHours(8),
        ["jst"] = TimeSpan.FromHours(9),
        ["kst"] = TimeSpan.FromHours(9),
        ["aest"] = TimeSpan.FromHours(10),
        ["aedt"] = TimeSpan.FromHours(11),
        ["nzst"] = TimeSpan.FromHours(12),
        ["nzdt"] = TimeSpan.FromHours(13),
        ["est"] = TimeSpan.FromHours(-5),
        ["edt"] = TimeSpan.FromHours(-4),
        ["cst"] = TimeSpan.FromHours(-6),
        ["cdt"] = TimeSpan.FromHours(-5),
        ["mst"] = TimeSpan.FromHours(-7),
        ["mdt"] = TimeSpan.FromHours(-6),
        ["pst"] = TimeSpan.FromHours(-8),
        ["pdt"] = TimeSpan.FromHours(-7),
        ["akst"] = TimeSpan.FromHours(-9),
        ["akdt"] = TimeSpan.FromHours(-8),
        ["hst"] = TimeSpan.FromHours(-10),
    };

    private static readonly Dictionary<string, string> SeasonalZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pt"] = "America/Los_Angeles",
        ["mt"] = "America/Denver",
        ["ct"] = "America/Chicago",
        ["et"] = "America/New_York",
    };

    public static bool TryGetOffset(string abbreviation, out TimeSpan offset) => Offsets.TryGetValue(abbreviation, out offset);

    public static bool TryGetZoneId(string abbreviation, out string zoneId) => SeasonalZones.TryGetValue(abbreviation, out zoneId!);
}
