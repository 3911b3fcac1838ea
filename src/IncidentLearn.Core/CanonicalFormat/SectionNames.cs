namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>The headings of the canonical format, and matching them the way people type them.</summary>
internal static class SectionNames
{
    public const string Summary = "Summary";
    public const string Impact = "Impact";
    public const string RootCauses = "Root causes";
    public const string Trigger = "Trigger";
    public const string Detection = "Detection";
    public const string Resolution = "Resolution";
    public const string ContributingFactors = "Contributing factors";
    public const string Timeline = "Timeline";
    public const string ActionItems = "Action items";
    public const string Lessons = "Lessons learned";
    public const string Star = "STAR";
    public const string FollowUps = "Follow-up questions";
    public const string Questions = "Questions";
    public const string Source = "Source";

    /// <summary>Free sections are written under this prefix, so their headings can never be taken for a known section.</summary>
    public const string NotesPrefix = "Notes:";

    public const string WentWell = "What went well";
    public const string WentWrong = "What went wrong";
    public const string GotLucky = "Where we got lucky";
    public const string OtherLessons = "Other lessons";

    public const string Situation = "Situation";
    public const string Task = "Task";
    public const string Action = "Action";
    public const string Result = "Result";

    public static readonly string[] TimelineColumns = ["Start", "End", "Stated duration", "Kind", "Actor", "Event"];
    public static readonly string[] ActionItemColumns = ["Action", "Owner", "Type", "Status", "Due"];

    /// <summary>True when a heading typed by a person names <paramref name="name"/>: case, spacing and dashes aside.</summary>
    public static bool Matches(string heading, string name) => MatchesFolded(Fold(heading), name);

    /// <summary>As <see cref="Matches"/>, for a heading already passed through <see cref="Fold"/> (to fold it once, not per name).</summary>
    public static bool MatchesFolded(string foldedHeading, string name) =>
        string.Equals(foldedHeading, IsFolded(name) ? name : Fold(name), StringComparison.OrdinalIgnoreCase);

    /// <summary>The free-section heading behind a "Notes: ..." heading, or null when the heading has no such prefix.</summary>
    public static string? NotesHeading(string heading) =>
        heading.StartsWith(NotesPrefix, StringComparison.OrdinalIgnoreCase)
            ? heading[NotesPrefix.Length..].Trim(' ', '\t')
            : null;

    private static bool IsFolded(string name) => !name.Contains('-') && !name.Contains("  ", StringComparison.Ordinal);

    /// <summary>The heading with dashes as spaces and runs of spaces and tabs as one space, trimmed.</summary>
    public static string Fold(string text)
    {
        var words = text.Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2013', '-').Replace('-', ' ')
            .Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }
}
