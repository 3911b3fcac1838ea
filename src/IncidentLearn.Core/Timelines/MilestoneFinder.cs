using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Recognises milestones and measures from impact start. An author's marker in the text wins
/// ("OUTAGE BEGINS"/"impact begins", "OUTAGE MITIGATED", "OUTAGE ENDS"/"impact ends"); otherwise the first event
/// of the matching kind (impact, detection, acknowledgement, mitigation, resolution) in time order, and for
/// acknowledgement also the first text saying it was acked. Mitigated and resolved take a range's end (the
/// work was done then); the others its start. An impact given as a window with no event saying how it ended
/// resolves at the window's end. A milestone before impact start is a finding and its figure is left unknown.
/// </summary>
internal static partial class MilestoneFinder
{
    public static (IReadOnlyList<MilestoneMark> Marks, TimelineMetrics Metrics) Find(IReadOnlyList<AnalyzedEvent> byStart, List<TimelineFinding> findings)
    {
        var marked = new Dictionary<Milestone, AnalyzedEvent>();
        var byKind = new Dictionary<Milestone, AnalyzedEvent>();
        var cuesByText = new TextMemo<TextCues>(CuesIn);
        foreach (var current in byStart)
        {
            var cues = cuesByText[current.Source.Text];

            if ((cues & TextCues.OutageBegins) != 0)
            {
                marked.TryAdd(Milestone.ImpactStart, current);
            }

            if ((cues & TextCues.OutageMitigated) != 0)
            {
                marked.TryAdd(Milestone.Mitigated, current);
            }

            if ((cues & TextCues.OutageEnds) != 0)
            {
                marked.TryAdd(Milestone.Resolved, current);
            }

            if (KindMilestone(current.Kind) is { } milestone)
            {
                byKind.TryAdd(milestone, current);
            }

            if ((cues & TextCues.Acknowledgement) != 0)
            {
                byKind.TryAdd(Milestone.Acknowledged, current);
            }
        }

        // An impact given as a window ("between 09:12 and 10:03") ended when the window did, unless an event says how it ended.
        if (!marked.ContainsKey(Milestone.Resolved) && !byKind.ContainsKey(Milestone.Resolved) && !marked.ContainsKey(Milestone.Mitigated) && !byKind.ContainsKey(Milestone.Mitigated)
            && (marked.GetValueOrDefault(Milestone.ImpactStart) ?? byKind.GetValueOrDefault(Milestone.ImpactStart)) is { Interval: { } span } window
            && window.Source.End is not null && span.End > span.Start)
        {
            byKind[Milestone.Resolved] = window;
        }

        var marks = new List<MilestoneMark>();
        var sources = new Dictionary<int, TimelineEvent>();
        foreach (var milestone in Enum.GetValues<Milestone>())
        {
            if ((marked.GetValueOrDefault(milestone) ?? byKind.GetValueOrDefault(milestone)) is { } found)
            {
                var at = milestone is Milestone.Mitigated or Milestone.Resolved && found.Interval is { } interval ? interval.End : found.Start!.Value.Estimate;
                marks.Add(new MilestoneMark(milestone, found.Index, at));
                sources[found.Index] = found.Source;
            }
        }

        return (marks, Measure(marks, sources, findings));
    }

    /// <summary>True when the text is the author's marker that impact began ("OUTAGE BEGINS", "impact started").</summary>
    public static bool MarksImpactStart(string text) => OutageBegins().IsMatch(text);

    private static TextCues CuesIn(string text) =>
        (OutageBegins().IsMatch(text) ? TextCues.OutageBegins : 0)
        | (OutageMitigated().IsMatch(text) ? TextCues.OutageMitigated : 0)
        | (OutageEnds().IsMatch(text) ? TextCues.OutageEnds : 0)
        | (EventKindClassifier.MentionsAcknowledgement(text) ? TextCues.Acknowledgement : 0);

    [Flags]
    private enum TextCues
    {
        OutageBegins = 1,
        OutageMitigated = 2,
        OutageEnds = 4,
        Acknowledgement = 8,
    }

    // Sources holds the events the marks name, for quoting.
    private static TimelineMetrics Measure(List<MilestoneMark> marks, Dictionary<int, TimelineEvent> sources, List<TimelineFinding> findings)
    {
        var impact = marks.Find(m => m.Milestone == Milestone.ImpactStart);
        TimelineMetric From(Milestone milestone)
        {
            var mark = marks.Find(m => m.Milestone == milestone);
            if (impact is null || mark is null)
            {
                return new TimelineMetric(null, impact?.Event, mark?.Event);
            }

            if (mark.At < impact.At)
            {
                findings.Add(new TimelineFinding(
                    TimelineFindingKinds.MilestoneOrder,
                    $"{Name(milestone)} ({EventQuote.Of(sources[mark.Event])}, {sources[mark.Event].Start.Trim()}) comes {MinutesText.Of(impact.At - mark.At)} before impact start ({EventQuote.Of(sources[impact.Event])}, {sources[impact.Event].Start.Trim()}); the time to it is left unknown.",
                    [impact.Event, mark.Event]));
                return new TimelineMetric(null, impact.Event, mark.Event);
            }

            return new TimelineMetric(mark.At - impact.At, impact.Event, mark.Event);
        }

        return new TimelineMetrics(From(Milestone.Detected), From(Milestone.Acknowledged), From(Milestone.Mitigated), From(Milestone.Resolved));
    }

    public static string Name(Milestone milestone) => milestone switch
    {
        Milestone.ImpactStart => "Impact start",
        Milestone.Detected => "Detection",
        Milestone.Acknowledged => "Acknowledgement",
        Milestone.Mitigated => "Mitigation",
        _ => "Resolution",
    };

    private static Milestone? KindMilestone(EventKind kind) => kind switch
    {
        EventKind.Impact => Milestone.ImpactStart,
        EventKind.Detection => Milestone.Detected,
        EventKind.Acknowledgement => Milestone.Acknowledged,
        EventKind.Mitigation => Milestone.Mitigated,
        EventKind.Resolution => Milestone.Resolved,
        _ => null,
    };

    [GeneratedRegex(@"\b(outage|impact|incident) (begins|began|starts|started)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutageBegins();

    [GeneratedRegex(@"\b(outage|impact|incident) mitigated\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutageMitigated();

    [GeneratedRegex(@"\b(outage|impact|incident) (ends|ended|over)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutageEnds();
}
