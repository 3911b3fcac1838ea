using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Cards;

/// <summary>Order and duration cards from the timeline: which came first, how long a step took, what happened in between.</summary>
internal static class TimelineCardFactory
{
    private const int MaxOrderCards = 3;
    private const int MaxStepDurations = 3;
    private static readonly EventKind[] Milestones = [EventKind.Impact, EventKind.Detection, EventKind.Decision, EventKind.Mitigation, EventKind.Resolution];

    private readonly record struct Event(int Index, TimelineEvent Source, EventSpan Span)
    {
        public string Label => CardText.Shorten(Source.Text);

        public string At => Span.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static IEnumerable<Card> Create(IncidentRecord record, CardDraft draft, ITimelineFacts facts)
    {
        var events = new List<Event>();
        for (var i = 0; i < record.Timeline.Count && i < facts.Spans.Count; i++)
        {
            if (facts.Spans[i] is { } span && !string.IsNullOrWhiteSpace(record.Timeline[i].Text))
            {
                events.Add(new Event(i, record.Timeline[i], span));
            }
        }

        events.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var milestones = Milestones
            .Select(kind => events.FirstOrDefault(e => e.Source.Kind == kind))
            .Where(e => e.Source is not null)
            .OrderBy(e => e.Span.Start)
            .ToList();
        return OrderCards(milestones, draft)
            .Concat(GapCards(milestones, draft))
            .Concat(BetweenCards(events, milestones, draft))
            .Concat(StepCards(events, draft));
    }

    private static IEnumerable<Card> OrderCards(List<Event> milestones, CardDraft draft)
    {
        var made = 0;
        for (var i = 0; i + 1 < milestones.Count && made < MaxOrderCards; i++)
        {
            var (first, second) = (milestones[i], milestones[i + 1]);
            if (first.Span.Start == second.Span.Start)
            {
                continue;
            }

            made++;
            // Options are shown later-first on alternate cards so "the first option" is never a safe guess.
            var choices = made % 2 == 0 ? new[] { first.Label, second.Label } : [second.Label, first.Label];
            var question = $"In {draft.QuotedTitle}, which came first: “{choices[0]}” or “{choices[1]}”?";
            yield return draft.Make(CardKind.Order, $"order:{first.Index}:{second.Index}", question, first.Label, $"timeline[{first.Index}]", 0.75)
                with
            { Choices = choices };
        }
    }

    /// <summary>The durations teams track: impact to detection, detection to mitigation, impact to resolution.</summary>
    private static IEnumerable<Card> GapCards(List<Event> milestones, CardDraft draft)
    {
        var pairs = new (EventKind From, EventKind To, string Question)[]
        {
            (EventKind.Impact, EventKind.Detection, "how long after the impact began was it detected?"),
            (EventKind.Detection, EventKind.Mitigation, "how long did it take from detection to the first mitigation?"),
            (EventKind.Impact, EventKind.Resolution, "how long from the start of the impact to resolution?"),
        };
        foreach (var (from, to, question) in pairs)
        {
            var a = milestones.FirstOrDefault(e => e.Source.Kind == from);
            var b = milestones.FirstOrDefault(e => e.Source.Kind == to);
            if (a.Source is null || b.Source is null || b.Span.Start <= a.Span.Start)
            {
                continue;
            }

            var answer = $"{MinutesText.Of(b.Span.Start - a.Span.Start)} ({a.At} to {b.At})";
            yield return draft.Make(CardKind.Duration, $"duration:{from}:{to}", $"In {draft.QuotedTitle}, {question}", answer, $"timeline[{a.Index}]", 0.85);
        }
    }

    private static IEnumerable<Card> BetweenCards(List<Event> events, List<Event> milestones, CardDraft draft)
    {
        var from = milestones.FirstOrDefault(e => e.Source.Kind == EventKind.Detection);
        var to = milestones.FirstOrDefault(e => e.Source.Kind == EventKind.Mitigation);
        if (from.Source is null || to.Source is null || to.Span.Start <= from.Span.Start)
        {
            yield break;
        }

        var between = events.Where(e => e.Span.Start > from.Span.Start && e.Span.Start < to.Span.Start).Take(4).ToList();
        if (between.Count > 0)
        {
            var question = $"In {draft.QuotedTitle}, what happened between “{from.Label}” ({from.At}) and “{to.Label}” ({to.At})?";
            var answer = CardText.AsList(between.Select(e => $"{e.At} {e.Label}"));
            yield return draft.Make(CardKind.Order, $"between:{from.Index}:{to.Index}", question, answer, $"timeline[{between[0].Index}]", 0.7);
        }
    }

    /// <summary>How long the longest ranged steps took, with the author's stated duration when given.</summary>
    private static IEnumerable<Card> StepCards(List<Event> events, CardDraft draft)
    {
        var ranged = events.Where(e => e.Span.End is { } end && end > e.Span.Start)
            .OrderByDescending(e => e.Span.End!.Value - e.Span.Start)
            .Take(MaxStepDurations);
        foreach (var e in ranged)
        {
            var took = MinutesText.Of(e.Span.End!.Value - e.Span.Start);
            var question = $"In {draft.QuotedTitle}, how long did this step take: “{e.Label}”?";
            yield return draft.Make(CardKind.Duration, $"step:{e.Index}", question, $"{took} ({e.At} to {e.Span.End:HH:mm})", $"timeline[{e.Index}]", 0.65);
        }
    }
}
