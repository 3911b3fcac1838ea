namespace IncidentLearn.Core.Study;

/// <summary>What one review produces: the card's next state and the log line recording it.</summary>
public sealed record SchedulingResult(CardState State, ReviewLogEntry Log)
{
    public TimeSpan Interval => Log.ScheduledInterval;
}
