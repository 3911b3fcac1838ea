namespace IncidentLearn.Core.Reading.Labels;

/// <summary>
/// A label found at the start of a line. <see cref="RestStart"/> indexes the line's clean text where the
/// author's words after the label begin, so they can be quoted exactly.
/// </summary>
public sealed record LabelMatch(
    LabelField Field,
    string Label,
    int RestStart,
    int Indent,
    bool Bulleted,
    int HeadingLevel,
    bool LetterForm)
{
    public bool IsStar => LabelVocabulary.IsStar(Field);
}
