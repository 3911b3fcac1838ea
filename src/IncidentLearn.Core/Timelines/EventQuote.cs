namespace IncidentLearn.Core.Timelines;

/// <summary>Short quotes of events for messages, so a finding names the event as the author wrote it.</summary>
internal static class EventQuote
{
    private const int Longest = 48;

    public static string Of(IncidentLearn.Core.Incidents.TimelineEvent timelineEvent)
    {
        var text = timelineEvent.Text.ReplaceLineEndings(" ").Trim();
        if (text.Length == 0)
        {
            return $"the event at {timelineEvent.Start.Trim()}";
        }

        return text.Length <= Longest ? $"“{text}”" : $"“{text[..(Longest - 1)].TrimEnd()}…”";
    }

    public static string Range(IncidentLearn.Core.Incidents.TimelineEvent timelineEvent) =>
        string.IsNullOrWhiteSpace(timelineEvent.End) ? timelineEvent.Start.Trim() : $"{timelineEvent.Start.Trim()}–{timelineEvent.End.Trim()}";
}
