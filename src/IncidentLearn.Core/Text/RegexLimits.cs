namespace IncidentLearn.Core.Text;

/// <summary>
/// The reader's patterns are anchored or bounded, so they run in linear time; the timeout is a last guard
/// only. It is wall-clock time, so it is generous: a busy machine must not turn a good read into a fallback.
/// </summary>
public static class RegexLimits
{
    public const int TimeoutMilliseconds = 10_000;
}
