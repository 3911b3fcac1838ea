using System.Globalization;
using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Cards;

/// <summary>
/// STOP-GAP until the timeline analyzer (branch `timeline`) lands: reads "HH:mm" (optionally after a
/// "yyyy-MM-dd" date) from each event and rolls past midnight when a time jumps back more than 12 hours.
/// Only differences between instants matter to cards, so everything is taken as UTC.
/// </summary>
public sealed partial class TimelineClockFacts : ITimelineFacts
{
    private TimelineClockFacts(IReadOnlyList<EventSpan?> spans) => Spans = spans;

    public IReadOnlyList<EventSpan?> Spans { get; }

    public static TimelineClockFacts From(IncidentRecord record)
    {
        var day = record.Date ?? new DateOnly(2000, 1, 1);
        DateTimeOffset? previous = null;
        var spans = new List<EventSpan?>(record.Timeline.Count);
        foreach (var e in record.Timeline)
        {
            var start = Read(e.Start, ref day, previous);
            if (start is null)
            {
                spans.Add(null);
                continue;
            }

            var endDay = day;
            var end = Read(e.End, ref endDay, start);
            spans.Add(new EventSpan(start.Value, end));
            previous = start;
        }

        return new TimelineClockFacts(spans);
    }

    private static DateTimeOffset? Read(string? text, ref DateOnly day, DateTimeOffset? previous)
    {
        if (string.IsNullOrWhiteSpace(text) || Clock().Match(text) is not { Success: true } m)
        {
            return null;
        }

        if (m.Groups["date"].Success)
        {
            day = DateOnly.ParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var time = new TimeOnly(int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) % 24, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture));
        var instant = new DateTimeOffset(day.ToDateTime(time), TimeSpan.Zero);
        // A time more than 12 hours before the previous one has crossed midnight; a little earlier stays on its day.
        if (!m.Groups["date"].Success && previous is { } p && instant < p - TimeSpan.FromHours(12))
        {
            day = day.AddDays(1);
            instant = instant.AddDays(1);
        }
        return instant;
    }

    [GeneratedRegex(@"(?:(?<date>\d{4}-\d{2}-\d{2})[T ])?(?<h>\d{1,2}):(?<m>\d{2})")]
    private static partial Regex Clock();
}
