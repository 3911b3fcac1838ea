using IncidentLearn.Api.Infrastructure;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Data.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentLearn.Api.Incidents;

/// <summary>The "find it or answer 404" step every per-incident feature starts with.</summary>
public static class IncidentLookup
{
    public static async Task<(IncidentRecord? Record, ProblemHttpResult? NotFound)> FindAsync(this IncidentStore store, Guid id, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(id, cancellationToken);
        return stored is null ? (null, Problems.NotFound(id)) : (stored.Record, null);
    }
}
