namespace IncidentLearn.Core.Time;

/// <summary>
/// One time expression found in a text, kept exactly as written (<see cref="Start"/>, <see cref="Length"/>,
/// <see cref="Text"/>) with what it says. A range's end is <see cref="EndDate"/>/<see cref="EndTimeOfDay"/>; a
/// relative step ("25 minutes later", "T+5m") carries only <see cref="RelativeOffset"/>.
/// </summary>
public sealed record TimeExpression(int Start, int Length, string Text, TimeExpressionKind Kind)
{
    public DateOnly? Date { get; init; }

    /// <summary>False when the text gave no year; the date then sits on 2000, a leap year, until a caller supplies one.</summary>
    public bool YearStated { get; init; } = true;

    /// <summary>True for "03/02/2023", read day first (3 February) though month first (2 March) was possible.</summary>
    public bool DayMonthAmbiguous { get; init; }

    /// <summary>The weekday when one was written ("Tuesday 9th"), even when the month was not.</summary>
    public DayOfWeek? Weekday { get; init; }

    public TimeSpan? TimeOfDay { get; init; }

    public DateOnly? EndDate { get; init; }

    public TimeSpan? EndTimeOfDay { get; init; }

    /// <summary>True when a range's end is on the day after its start ("11:50 PM – 12:20 AM").</summary>
    public bool EndsNextDay { get; init; }

    public ZoneReading? Zone { get; init; }

    public TimeSpan? RelativeOffset { get; init; }

    /// <summary>True when the author hedged ("about 25 minutes later").</summary>
    public bool IsApproximate { get; init; }

    public int End => Start + Length;
}
