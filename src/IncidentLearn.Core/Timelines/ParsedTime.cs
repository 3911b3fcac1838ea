namespace IncidentLearn.Core.Timelines;

/// <summary>
/// What a time text says before any day is inferred: an optional calendar date, a wall-clock time (the
/// start of a window when the author was vague), and an offset when the text named one.
/// </summary>
public sealed record ParsedTime(DateOnly? Date, TimeSpan TimeOfDay, TimeSpan Window, TimeSpan? Offset, bool YearStated = true)
{
    /// <summary>True when the text gave a window ("15:??", "around 14:30", "between 14:00 and 14:20") rather than a moment.</summary>
    public bool IsApproximate => Window > TimeSpan.Zero;

    /// <summary>The middle of the window: the best single guess.</summary>
    public TimeSpan Middle => TimeOfDay + Window.Half();
}

/// <summary>The outcome of reading one time text: the time when it could be read, otherwise a problem in plain words.</summary>
public sealed record TimeParseResult(ParsedTime? Value, string? Problem)
{
    public bool Succeeded => Value is not null;

    public static TimeParseResult Success(ParsedTime value) => new(value, null);

    public static TimeParseResult Failure(string problem) => new(null, problem);
}
