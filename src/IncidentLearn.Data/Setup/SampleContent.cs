namespace IncidentLearn.Data.Setup;

/// <summary>Finds the content/ folder: configured, copied beside the app, or at the root of a source checkout.</summary>
public static class SampleContent
{
    public static string? FindFolder(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "content");
            if (Directory.Exists(Path.Combine(candidate, "incidents")))
            {
                return candidate;
            }
        }

        return null;
    }
}
