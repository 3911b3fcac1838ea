using IncidentLearn.Core;

namespace IncidentLearn.Data.Setup;

/// <summary>Finds the content/ folder: configured, copied beside the app, or at the root of a source checkout.</summary>
public static class SampleContent
{
    public static string? FindFolder(string? configured = null)
    {
        try
        {
            return ProjectFolders.Find("content", configured);
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }
}
