namespace IncidentLearn.Core.Time;

/// <summary>What a time expression names: a day, a clock time, both, a window between two of them, or a step from another moment.</summary>
public enum TimeExpressionKind
{
    Date,
    Time,
    DateTime,
    Range,
    Relative,
}
