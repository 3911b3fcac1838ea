using IncidentLearn.Core.CanonicalFormat;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Data.Store;
using Microsoft.Extensions.Logging;

namespace IncidentLearn.Data.Setup;

/// <summary>Loads content/incidents/*.md (canonical Markdown) into an empty store, so a first start has something to show.</summary>
public sealed class SampleIncidentLoader(IncidentStore store, ILogger<SampleIncidentLoader> logger)
{
    public async Task<int> LoadIfEmptyAsync(string? contentFolder, CancellationToken cancellationToken = default)
    {
        if (await store.CountAsync(cancellationToken) > 0)
        {
            return 0;
        }

        var folder = contentFolder is null ? null : Path.Combine(contentFolder, "incidents");
        if (folder is null || !Directory.Exists(folder))
        {
            logger.LogWarning("No sample incidents found (looked for content/incidents); starting with an empty store.");
            return 0;
        }

        var loaded = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            var result = CanonicalMarkdown.Read(await File.ReadAllTextAsync(file, cancellationToken));
            if (!result.Succeeded || IncidentValidator.Validate(result.Record!).Count > 0)
            {
                logger.LogWarning("Skipped sample {File}: {Problems}", file, string.Join("; ", result.Problems.Select(p => $"{p.Field}: {p.Message}")));
                continue;
            }

            await store.AddAsync(result.Record!, cancellationToken);
            loaded++;
        }

        logger.LogInformation("Loaded {Count} sample incidents from {Folder}.", loaded, folder);
        return loaded;
    }
}
