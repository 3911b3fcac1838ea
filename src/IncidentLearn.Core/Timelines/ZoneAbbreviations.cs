namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Zone abbreviations common in write-ups, with their fixed offsets. Ambiguous ones (IST, CST as China) are
/// read the way English-language post-mortems usually mean them; anything else must be an offset or IANA zone.
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
    };

    public static bool TryGetOffset(string abbreviation, out TimeSpan offset) => Offsets.TryGetValue(abbreviation, out offset);
}
