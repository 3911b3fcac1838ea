namespace IncidentLearn.Core.Redaction;

/// <summary>Hands out neutral stand-ins, the same one every time a detail recurs within a story ("Person A", "host-1", "[IP 1]").</summary>
internal sealed class Placeholders
{
    private readonly Dictionary<(RedactionKind, string), string> given = [];
    private readonly Dictionary<RedactionKind, int> counts = [];

    /// <param name="identity">What makes two mentions the same detail: "Katrin" and "Katrin Vogel" share one.</param>
    public string For(RedactionKind kind, string identity)
    {
        var key = (kind, identity.ToLowerInvariant());
        if (given.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var n = counts[kind] = counts.GetValueOrDefault(kind) + 1;
        var placeholder = kind switch
        {
            RedactionKind.Person => "Person " + Letters(n),
            RedactionKind.Company => n == 1 ? "the company" : $"Company {n}",
            RedactionKind.Customer => $"Customer {n}",
            RedactionKind.Host => $"host-{n}",
            RedactionKind.IpAddress => $"[IP {n}]",
            RedactionKind.Url => $"[URL {n}]",
            RedactionKind.Email => $"[email {n}]",
            _ => "[amount]",
        };
        given[key] = placeholder;
        return placeholder;
    }

    private static string Letters(int n) => n <= 26 ? ((char)('A' + n - 1)).ToString() : "A" + n;
}
