using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Reading.Chat;

/// <summary>One message read from a chat: its timeline event, and the number of its stamp line when AM/PM was added to it.</summary>
public sealed record ChatMessage(TimelineEvent Event, int? MeridiemAddedOnLine = null);
