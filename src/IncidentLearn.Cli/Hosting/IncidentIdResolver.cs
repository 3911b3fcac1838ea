using IncidentLearn.Data.Store;

namespace IncidentLearn.Cli.Hosting;

/// <summary>Finds an incident by its full id or by a unique prefix of it, as `list` prints them.</summary>
public static class IncidentIdResolver
{
    public const int MinimumPrefix = 4;

    public static async Task<(Guid? Id, string? Problem)> ResolveAsync(IncidentStore store, string text, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(text, out var id))
        {
            return (id, null);
        }

        if (text.Length < MinimumPrefix || !text.All(Uri.IsHexDigit))
        {
            return (null, $"'{text}' is not an incident id (a GUID, or at least {MinimumPrefix} of its first hex digits).");
        }

        var matches = new List<Guid>();
        await foreach (var candidate in store.StreamIdsAsync().WithCancellation(cancellationToken))
        {
            if (candidate.ToString("D").StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                matches.Add(candidate);
            }
        }

        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, $"No incident id starts with '{text}'."),
            _ => (null, $"'{text}' matches {matches.Count} incidents; give more of the id."),
        };
    }
}
