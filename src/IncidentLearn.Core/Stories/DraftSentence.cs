namespace IncidentLearn.Core.Stories;

/// <summary>
/// A sentence a story may use, with the record field it came from (for tracing), where it sits in the telling
/// (Order) and how much the part needs it (Priority: 0 first). Sentences are chosen whole, never cut.
/// </summary>
public sealed record DraftSentence(string Text, string Field, double Order, int Priority)
{
    public int Words { get; } = Stories.Words.Count(Text);
}

/// <summary>The candidate sentences for one part, and whether they are the author's own words.</summary>
public sealed record PartDraft(StarPart Part, IReadOnlyList<DraftSentence> Candidates, bool Authored);
