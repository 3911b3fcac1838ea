using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>
/// A normalised copy of a record: what the canonical format keeps of it (see <see cref="TextNormalization"/>).
/// Enum values outside their enum fall back to the default, as the file has no word for them.
/// </summary>
internal static class RecordNormalization
{
    public static IncidentRecord Normalize(IncidentRecord record) => new()
    {
        Id = record.Id,
        Title = TextNormalization.Line(record.Title) ?? "",
        Date = record.Date,
        TimeZone = TextNormalization.Text(record.TimeZone),
        Authors = TextNormalization.Items(record.Authors),
        Status = Enum.IsDefined(record.Status) ? record.Status : IncidentStatus.Draft,
        Severity = TextNormalization.Text(record.Severity),
        Services = TextNormalization.Items(record.Services),
        Tags = TextNormalization.Items(record.Tags),
        Summary = TextNormalization.Text(record.Summary),
        Impact = TextNormalization.Text(record.Impact),
        RootCauses = TextNormalization.Items(record.RootCauses),
        Trigger = TextNormalization.Text(record.Trigger),
        Detection = TextNormalization.Text(record.Detection),
        Resolution = TextNormalization.Text(record.Resolution),
        ContributingFactors = TextNormalization.Items(record.ContributingFactors),
        Timeline = (record.Timeline ?? []).OfType<TimelineEvent>().Select(Normalize).ToList(),
        ActionItems = (record.ActionItems ?? []).OfType<ActionItem>().Select(Normalize).ToList(),
        Lessons = Normalize(record.Lessons ?? new Lessons()),
        AuthorRole = TextNormalization.Text(record.AuthorRole),
        Prompt = TextNormalization.Text(record.Prompt),
        Star = Normalize(record.Star ?? new StarParts()),
        FollowUps = (record.FollowUps ?? []).OfType<FollowUp>().Select(Normalize).Where(f => f.Question.Length > 0 || f.Answer is not null).ToList(),
        Questions = TextNormalization.Items(record.Questions),
        Sections = (record.Sections ?? []).OfType<FreeSection>().Select(Normalize).Where(s => s.Heading.Length > 0 || s.Body.Length > 0).ToList(),
        SourceText = TextNormalization.Verbatim(record.SourceText),
    };

    private static TimelineEvent Normalize(TimelineEvent e) => new()
    {
        Start = TextNormalization.Text(e.Start) ?? "",
        End = TextNormalization.Text(e.End),
        StatedDuration = TextNormalization.Text(e.StatedDuration),
        Kind = e.Kind is { } kind && Enum.IsDefined(kind) ? kind : null,
        Actor = TextNormalization.Text(e.Actor),
        Text = TextNormalization.Text(e.Text) ?? "",
    };

    private static ActionItem Normalize(ActionItem a) => new()
    {
        Text = TextNormalization.Text(a.Text) ?? "",
        Owner = TextNormalization.Text(a.Owner),
        Type = a.Type is { } type && Enum.IsDefined(type) ? type : null,
        Status = Enum.IsDefined(a.Status) ? a.Status : ActionStatus.Open,
        Due = a.Due,
    };

    private static Lessons Normalize(Lessons l) => new()
    {
        WentWell = TextNormalization.Items(l.WentWell),
        WentWrong = TextNormalization.Items(l.WentWrong),
        GotLucky = TextNormalization.Items(l.GotLucky),
        Other = TextNormalization.Items(l.Other),
    };

    private static StarParts Normalize(StarParts s) => new()
    {
        Situation = TextNormalization.Text(s.Situation),
        Task = TextNormalization.Text(s.Task),
        Action = TextNormalization.Text(s.Action),
        Result = TextNormalization.Text(s.Result),
    };

    private static FollowUp Normalize(FollowUp f) => new()
    {
        Question = TextNormalization.Line(f.Question) ?? "",
        Answer = TextNormalization.Text(f.Answer),
    };

    private static FreeSection Normalize(FreeSection s) => new()
    {
        Heading = TextNormalization.Line(s.Heading) ?? "",
        Body = TextNormalization.Text(s.Body) ?? "",
    };
}
