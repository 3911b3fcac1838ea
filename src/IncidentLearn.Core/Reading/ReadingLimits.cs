namespace IncidentLearn.Core.Reading;

/// <summary>The one place the size limit lives; the API and the command line enforce it before reading.</summary>
public static class ReadingLimits
{
    /// <summary>2 MiB: far above any real write-up, low enough that one request cannot hog a core.</summary>
    public const int DefaultMaxSourceBytes = 2 * 1024 * 1024;
}
