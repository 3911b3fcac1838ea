namespace IncidentLearn.Core.Timelines;

internal static class TimeSpanHalf
{
    /// <summary>Half a span in whole ticks. Dividing a TimeSpan by 2 goes through floating point, which long logs feel.</summary>
    public static TimeSpan Half(this TimeSpan span) => TimeSpan.FromTicks(span.Ticks / 2);
}
