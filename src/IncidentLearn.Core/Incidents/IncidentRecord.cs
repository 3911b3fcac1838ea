namespace IncidentLearn.Core.Incidents;

/// <summary>
/// One incident, as the author told it. Plain data: everything downstream (timelines, STAR stories,
/// cards, writers) reads this and nothing else, so a record edited by hand flows exactly like one
/// read from a file. Adding a field means adding it here, to the canonical Markdown codec, and
/// nowhere else (storage keeps the record as a document).
/// </summary>
public sealed class IncidentRecord
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The day the incident happened (in <see cref="TimeZone"/>), when known.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>IANA time zone the author's times are written in, such as "Europe/Berlin" or "UTC".</summary>
    public string? TimeZone { get; set; }

    public List<string> Authors { get; set; } = [];

    public IncidentStatus Status { get; set; } = IncidentStatus.Draft;

    /// <summary>Free text as teams write it ("SEV2", "P1", "major"); filtered on exactly.</summary>
    public string? Severity { get; set; }

    public List<string> Services { get; set; } = [];

    public List<string> Tags { get; set; } = [];

    public string? Summary { get; set; }

    public string? Impact { get; set; }

    public List<string> RootCauses { get; set; } = [];

    public string? Trigger { get; set; }

    public string? Detection { get; set; }

    public string? Resolution { get; set; }

    public List<string> ContributingFactors { get; set; } = [];

    public List<TimelineEvent> Timeline { get; set; } = [];

    public List<ActionItem> ActionItems { get; set; } = [];

    public Lessons Lessons { get; set; } = new();

    /// <summary>What the author did in the incident ("on-call engineer for payments"); STAR stories speak as this person.</summary>
    public string? AuthorRole { get; set; }

    /// <summary>The interview question the source answers, when it states one.</summary>
    public string? Prompt { get; set; }

    public StarParts Star { get; set; } = new();

    public List<FollowUp> FollowUps { get; set; } = [];

    /// <summary>Questions the source itself asks (quiz questions, open questions), de-duplicated.</summary>
    public List<string> Questions { get; set; } = [];

    /// <summary>Sections the source had that fit no field above, kept rather than lost.</summary>
    public List<FreeSection> Sections { get; set; } = [];

    /// <summary>The text this record was read from, verbatim, so a better reader can read it again.</summary>
    public string? SourceText { get; set; }
}
