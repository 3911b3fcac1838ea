namespace IncidentLearn.Core.Incidents;

public sealed class ActionItem
{
    public string Text { get; set; } = "";

    public string? Owner { get; set; }

    public ActionType? Type { get; set; }

    public ActionStatus Status { get; set; } = ActionStatus.Open;

    public DateOnly? Due { get; set; }
}
