using Microsoft.Net.Http.Headers;

namespace IncidentLearn.Api.Incidents;

/// <summary>An incident's ETag is its stored version; If-Match must name it for a write to go through.</summary>
public static class ETags
{
    public static string For(long version) => $"\"{version}\"";

    /// <summary>The version an If-Match header names, or null when it names none we issued (a stale or foreign tag).</summary>
    public static long? VersionFrom(string ifMatch)
    {
        if (!EntityTagHeaderValue.TryParseList([ifMatch], out var tags))
        {
            return null;
        }

        foreach (var tag in tags)
        {
            var value = tag.Tag.Value?.Trim('"');
            if (!tag.IsWeak && long.TryParse(value, out var version))
            {
                return version;
            }
        }

        return null;
    }
}
