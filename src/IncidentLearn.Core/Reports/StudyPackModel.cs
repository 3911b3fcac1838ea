namespace IncidentLearn.Core.Reports;

/// <summary>A study pack: a cover and, per chosen incident, its STAR story and flashcards, ready to lay out.</summary>
public sealed record StudyPackModel(string Title, string Subtitle, IReadOnlyList<string> Authors, IReadOnlyList<StudyPackIncident> Incidents)
{
    public int CardCount => Incidents.Sum(i => i.Cards.Count);
}

public sealed record StudyPackIncident(string Title, string Subtitle, string? Summary, StoryModel? Story, IReadOnlyList<FlashcardModel> Cards);
