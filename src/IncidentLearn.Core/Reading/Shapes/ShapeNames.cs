namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>The shapes' names as the analysis contract spells them.</summary>
public static class ShapeNames
{
    public const string StarLabels = "star-labels";
    public const string Narrative = "narrative";
    public const string Outline = "outline";
    public const string TimeLog = "time-log";
    public const string ChatLog = "chat-log";
    public const string Article = "article";
    public const string Postmortem = "postmortem";
    public const string Plain = "plain";
}
