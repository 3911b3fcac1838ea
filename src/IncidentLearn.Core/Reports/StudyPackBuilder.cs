using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Stories;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Reports;

/// <summary>Builds a <see cref="StudyPackModel"/> for a chosen set of incidents: each one's STAR story and flashcards.</summary>
public sealed class StudyPackBuilder(StarStoryBuilder stories, TimelineAnalyzer? analyzer = null)
{
    private readonly TimelineAnalyzer timelines = analyzer ?? new TimelineAnalyzer();

    public StudyPackBuilder(TemplateSource templates)
        : this(new StarStoryBuilder(templates))
    {
    }

    public StudyPackModel Build(IReadOnlyList<IncidentRecord> records, string? title = null, CardOptions? cards = null)
    {
        // One distractor index over the whole set: choice cards draw wrong answers from the other incidents.
        var distractors = DistractorIndex.Build(records);
        var incidents = records.Select(r => new StudyPackIncident(
            string.IsNullOrWhiteSpace(r.Title) ? "Untitled incident" : r.Title.Trim(),
            string.Join(" · ", new[] { r.Date is null ? null : ReportText.Date(r.Date), r.Severity }.Where(s => !string.IsNullOrWhiteSpace(s))),
            string.IsNullOrWhiteSpace(r.Summary) ? null : r.Summary.Trim(),
            IncidentReportBuilder.Story(stories.Build(r)),
            IncidentReportBuilder.Flashcards(CardGenerator.Deck(r, distractors, timelines, cards)))).ToList();
        var authors = records.SelectMany(r => r.Authors).Distinct(StringComparer.Ordinal).ToList();
        return new StudyPackModel(
            string.IsNullOrWhiteSpace(title) ? "Incident study pack" : title.Trim(),
            $"{incidents.Count} incident{(incidents.Count == 1 ? "" : "s")} · {incidents.Sum(i => i.Cards.Count)} flashcards",
            authors,
            incidents);
    }
}
