namespace IncidentLearn.Core.Stories;

/// <summary>
/// One number a story can stand on: "212 duplicate charges", "50 minutes to mitigate". Source says whether it was
/// measured from the timeline or stated by the author; Field says where in the record it came from.
/// </summary>
public sealed record MeasuredFigure(string Label, decimal Value, string Unit, string Source, string Field, string Quote)
{
    public const string Measured = "measured";
    public const string Stated = "stated";
}
