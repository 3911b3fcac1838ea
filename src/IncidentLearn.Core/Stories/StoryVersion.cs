namespace IncidentLearn.Core.Stories;

/// <summary>One length of the answer as spoken: the four parts, the whole text, and how long it takes to say.</summary>
public sealed record StoryVersion(
    string Length,
    string Situation,
    string Task,
    string Action,
    string Result,
    string Text,
    int Words,
    int Seconds,
    IReadOnlyDictionary<string, PartSize> Parts,
    IReadOnlyList<string> Generated,
    IReadOnlyList<string> Trimmed,
    IReadOnlyList<TracedSentence> Sentences)
{
    public string PartText(StarPart part) => part switch
    {
        StarPart.Situation => Situation,
        StarPart.Task => Task,
        StarPart.Action => Action,
        _ => Result,
    };
}

/// <summary>How long one part is: words, seconds spoken, and its share of the answer's words (0–1).</summary>
public sealed record PartSize(int Words, int Seconds, double Share);

/// <summary>A sentence of the answer and the record field it came from ("timeline[4].text", "star.action").</summary>
public sealed record TracedSentence(string Part, string Text, string Field, bool Generated);
