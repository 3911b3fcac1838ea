namespace IncidentLearn.Core.Stories;

/// <summary>
/// Finds a folder such as templates/ or content/: beside the binary first (the API and CLI copy them there),
/// then in the source tree, walking up to the folder that holds IncidentLearn.sln.
/// </summary>
public static class ProjectFolders
{
    public static string Find(string name, string? configuredPath = null)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return Directory.Exists(configuredPath)
                ? Path.GetFullPath(configuredPath)
                : throw new DirectoryNotFoundException($"The configured {name} folder '{configuredPath}' does not exist.");
        }

        var beside = Path.Combine(AppContext.BaseDirectory, name);
        if (Directory.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IncidentLearn.sln")) && Directory.Exists(Path.Combine(dir.FullName, name)))
            {
                return Path.Combine(dir.FullName, name);
            }
        }

        throw new DirectoryNotFoundException(
            $"No {name}/ folder beside {AppContext.BaseDirectory} nor in a parent folder holding IncidentLearn.sln.");
    }
}
