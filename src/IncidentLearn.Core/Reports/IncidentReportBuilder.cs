using System.Globalization;
using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Stories;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Reports;

/// <summary>
/// Turns a record into an <see cref="IncidentReportModel"/>: runs the timeline analysis and layout, the STAR story
/// builder and (when asked) the card generator, and words every value. All the report's data work happens here.
/// </summary>
public sealed class IncidentReportBuilder(StarStoryBuilder stories, TimelineAnalyzer? analyzer = null)
{
    private static readonly HashSet<string> QuietFindings = [TimelineFindingKinds.DayRollover, TimelineFindingKinds.AssumedDate, TimelineFindingKinds.AssumedZone];
    private readonly TimelineAnalyzer timelines = analyzer ?? new TimelineAnalyzer();

    public IncidentReportBuilder(TemplateSource templates)
        : this(new StarStoryBuilder(templates))
    {
    }

    public IncidentReportModel Build(IncidentRecord record, IncidentReportOptions? options = null)
    {
        options ??= IncidentReportOptions.Default;
        var analysis = timelines.Analyze(record);
        var zone = options.DisplayZone ?? analysis.Zone;
        return new IncidentReportModel(
            Title: string.IsNullOrWhiteSpace(record.Title) ? "Untitled incident" : record.Title.Trim(),
            DateText: record.Date is null ? null : ReportText.Date(record.Date),
            Severity: Blank(record.Severity),
            Status: ReportText.Status(record.Status),
            Services: record.Services,
            Authors: record.Authors,
            Tags: record.Tags,
            KeyFigures: KeyFigures(record, analysis),
            Summary: Blank(record.Summary),
            Impact: Blank(record.Impact),
            Details: [.. new[] { ("Trigger", record.Trigger), ("Detection", record.Detection), ("Resolution", record.Resolution) }
                .Where(d => !string.IsNullOrWhiteSpace(d.Item2)).Select(d => new LabelledText(d.Item1, d.Item2!.Trim()))],
            Story: Story(stories.Build(record)),
            Timeline: Timeline(record, analysis, zone),
            RootCauses: record.RootCauses,
            ContributingFactors: record.ContributingFactors,
            ActionItems: [.. record.ActionItems.Select(a => new ActionItemRow(
                a.Text, a.Owner ?? "unassigned", a.Type?.ToString().ToLowerInvariant() ?? "", ReportText.Status(a.Status),
                a.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""))],
            Lessons: Lessons(record.Lessons),
            Flashcards: options.IncludeFlashcards ? Flashcards(options.Deck ?? CardGenerator.Generate(record, DistractorIndex.Build(options.OtherIncidents), options.Cards, AnalyzedTimelineFacts.From(analysis))) : []);
    }

    public static IReadOnlyList<FlashcardModel> Flashcards(IEnumerable<Card> cards) =>
        [.. cards.Select(c => new FlashcardModel(c.Kind.ToString().ToLowerInvariant(), c.Question, c.Answer, c.Choices, c.Source))];

    public static StoryModel? Story(StarStory story)
    {
        var full = story.Full;
        var parts = StarPartNames.InOrder
            .Select(p => new StoryPartModel(p.ToString(), full.PartText(p), full.Generated.Contains(p.Name())))
            .Where(p => !string.IsNullOrWhiteSpace(p.Text))
            .ToList();
        return parts.Count == 0
            ? null
            : new StoryModel(story.Prompt, parts, story.Short.Text, $"about {story.Short.Seconds} seconds, {story.Short.Words} words", $"about {full.Seconds} seconds, {full.Words} words");
    }

    private static List<KeyFigure> KeyFigures(IncidentRecord record, TimelineAnalysis analysis)
    {
        var figures = new List<KeyFigure>();
        void Add(string label, TimeSpan? span)
        {
            if (span is { } value)
            {
                figures.Add(new KeyFigure(label, MinutesText.Short(value.TotalMinutes)));
            }
        }

        Add("Time to detect", analysis.Metrics.TimeToDetect.Value);
        Add("Time to mitigate", analysis.Metrics.TimeToMitigate.Value);
        Add("Time to resolve", analysis.Metrics.TimeToResolve.Value);
        Add("Timeline span", analysis.Span?.Duration);
        figures.Add(new KeyFigure("Timeline events", record.Timeline.Count.ToString(CultureInfo.InvariantCulture)));
        if (record.ActionItems.Count > 0)
        {
            figures.Add(new KeyFigure("Action items done", $"{record.ActionItems.Count(a => a.Status == ActionStatus.Done)} of {record.ActionItems.Count}"));
        }

        return figures;
    }

    private static TimelineSectionModel Timeline(IncidentRecord record, TimelineAnalysis analysis, TimeZoneInfo zone)
    {
        var flagged = analysis.Findings.Where(f => !QuietFindings.Contains(f.Kind)).SelectMany(f => f.Events).ToHashSet();
        var placed = analysis.Events.Any(e => e.Start is not null) && analysis.Span is not null;
        var layout = placed ? TimelineLayoutBuilder.Build(analysis, zone) : null;
        var startDay = analysis.Span is { } span ? TimeZoneInfo.ConvertTime(span.Start, zone).Date : default;
        string Shown(DateTimeOffset instant, bool exact)
        {
            var local = TimeZoneInfo.ConvertTime(instant, zone);
            var day = (local.Date - startDay).Days;
            var text = (exact ? "" : "~") + local.ToString("HH:mm", CultureInfo.InvariantCulture);
            return day == 0 ? text : $"{text} (+{day}d)";
        }

        var rows = analysis.Events.Select(e => new TimelineRow(
            e.Index.ToString(CultureInfo.InvariantCulture),
            e.Start is { } s ? Shown(s.Estimate, s.IsExact) : $"? ({e.Source.Start})",
            e.Interval is { IsInstant: false } interval ? Shown(interval.End, e.End?.IsExact ?? true) : "",
            e.Duration is { } d ? ReportText.Minutes(d.Estimate.TotalMinutes) + (d.Uncertainty > TimeSpan.Zero ? $" ±{ReportText.Minutes(d.Uncertainty.TotalMinutes)}" : "") : "",
            TimelineReportBuilder.WireName(e.Kind) + (e.KindInferred ? "*" : ""),
            e.Source.Actor ?? "",
            e.Source.Text.ReplaceLineEndings(" ").Trim(),
            flagged.Contains(e.Index))).ToList();
        var findings = analysis.Findings.Select(f => new FindingRow(
            ReportText.Words(f.Kind),
            f.Events.Count == 0 ? "" : string.Join(", ", f.Events),
            f.Message.ReplaceLineEndings(" "))).ToList();
        var legend = layout?.Bars.Select(b => b.Kind).Distinct().Order(StringComparer.Ordinal).ToList() ?? [];
        var mermaid = placed ? MermaidGanttWriter.Write(analysis, record.Title, zone) : null;
        return new TimelineSectionModel($"Times in {zone.Id}. Kinds marked * were inferred from the text.", layout, legend, rows, findings, mermaid);
    }

    private static List<LessonGroup> Lessons(Lessons lessons) =>
    [
        .. new[]
        {
            new LessonGroup("What went well", lessons.WentWell),
            new LessonGroup("What went wrong", lessons.WentWrong),
            new LessonGroup("Where we got lucky", lessons.GotLucky),
            new LessonGroup("Other lessons", lessons.Other),
        }.Where(g => g.Items.Count > 0),
    ];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
