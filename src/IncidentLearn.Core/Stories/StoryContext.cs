using System.Globalization;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Stories;

/// <summary>What the part drafters share: the record, who "I" is, the phrase templates and the figures found.</summary>
public sealed class StoryContext
{
    public StoryContext(IncidentRecord record, TemplateSource templates, IReadOnlyList<MeasuredFigure> figures)
    {
        Record = record;
        Templates = templates;
        Figures = figures;
        Author = new AuthorIdentity(record);
        // Joined with full stops so a title's last word never looks like it sits mid-sentence before the next field.
        ProperNounEvidence = string.Join(". ", new[] { record.Title, record.Summary, record.Impact, record.Resolution, record.Detection }
            .Concat(record.Timeline.Select(e => e.Text)).Concat(record.RootCauses).Where(t => !string.IsNullOrWhiteSpace(t)));
        RolePhrase = MakeRolePhrase(record.AuthorRole, ProperNounEvidence);
    }

    public IncidentRecord Record { get; }

    public TemplateSource Templates { get; }

    public IReadOnlyList<MeasuredFigure> Figures { get; }

    public AuthorIdentity Author { get; }

    /// <summary>The record's prose, used to tell names ("Android", "Postgres") from ordinary words.</summary>
    public string ProperNounEvidence { get; }

    /// <summary>"the on-call engineer for the main Postgres database", or null when the record names no role.</summary>
    public string? RolePhrase { get; }

    public string Phrase(string name, object model) => Templates.Render("star/phrases/" + name, model);

    public string? DateText => Record.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// True when the record says the author diagnosed the incident: a diagnosis event they are the actor of. Having
    /// acted elsewhere is not enough to say "I found the cause".
    /// </summary>
    public bool AuthorDiagnosed => Record.Timeline.Any(e => e.Kind == EventKind.Diagnosis && Author.IsAuthor(e.Actor));

    private static string? MakeRolePhrase(string? role, string evidence)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return null;
        }

        var trimmed = role.Trim().TrimEnd('.');
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("a ", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("an ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("my ", StringComparison.OrdinalIgnoreCase))
        {
            return Sentences.LowerFirst(trimmed, evidence);
        }

        return "the " + Sentences.LowerFirst(trimmed, evidence);
    }
}
