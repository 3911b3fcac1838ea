using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// What each event's texts say before any day is inferred: its start and end times and its stated duration,
/// with a finding for each text that could not be read. Logs repeat the same texts ("09:05", "5 minutes")
/// over and over, so each distinct text is read once per timeline (<see cref="TextMemo{T}"/>).
/// </summary>
internal sealed class EventReadings : IDisposable
{
    private EventReadings(int count)
    {
        Starts = new ScratchArray<ParsedTime?>(count);
        Ends = new ScratchArray<ParsedTime?>(count);
        Stated = new ScratchArray<TimeSpan?>(count);
        Hedged = new ScratchArray<bool>(count);
    }

    public ScratchArray<ParsedTime?> Starts { get; }

    public ScratchArray<ParsedTime?> Ends { get; }

    public ScratchArray<TimeSpan?> Stated { get; }

    /// <summary>Whether the author hedged the stated duration ("about 20 minutes").</summary>
    public ScratchArray<bool> Hedged { get; }

    public static EventReadings Read(IReadOnlyList<TimelineEvent> events, List<TimelineFinding> findings)
    {
        var readings = new EventReadings(events.Count);
        var times = new TextMemo<TimeParseResult>(TimeOfDayParser.Parse);
        var durations = new TextMemo<DurationParseResult>(StatedDurationParser.Parse);
        for (var i = 0; i < events.Count; i++)
        {
            var source = events[i];
            var start = times[source.Start];
            readings.Starts[i] = start.Value;
            if (start.Problem is not null)
            {
                findings.Add(new TimelineFinding(TimelineFindingKinds.UnreadableTime, $"The start of {EventQuote.Of(source)} could not be read: {start.Problem}. It is left out of durations and charts.", [i]));
            }

            if (!string.IsNullOrWhiteSpace(source.End))
            {
                var end = times[source.End];
                readings.Ends[i] = end.Value;
                if (end.Problem is not null)
                {
                    findings.Add(new TimelineFinding(TimelineFindingKinds.UnreadableTime, $"The end of {EventQuote.Of(source)} could not be read: {end.Problem}.", [i]));
                }
            }

            if (!string.IsNullOrWhiteSpace(source.StatedDuration))
            {
                var duration = durations[source.StatedDuration];
                readings.Stated[i] = duration.Value;
                readings.Hedged[i] = duration.Approximate;
                if (duration.Problem is not null)
                {
                    findings.Add(new TimelineFinding(TimelineFindingKinds.UnreadableDuration, $"The stated duration of {EventQuote.Of(source)} could not be read: {duration.Problem}.", [i]));
                }
            }

            readings.ShareZoneWithinRange(i);
        }

        return readings;
    }

    public void Dispose()
    {
        Starts.Dispose();
        Ends.Dispose();
        Stated.Dispose();
        Hedged.Dispose();
    }

    // "14:31–14:52 UTC": a zone written on one end of a range is meant for both.
    private void ShareZoneWithinRange(int i)
    {
        if (Starts[i] is { } start && Ends[i] is { } end && (start.Offset is null) != (end.Offset is null))
        {
            Starts[i] = start with { Offset = start.Offset ?? end.Offset };
            Ends[i] = end with { Offset = end.Offset ?? start.Offset };
        }
    }
}
