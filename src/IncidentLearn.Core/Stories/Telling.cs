namespace IncidentLearn.Core.Stories;

/// <summary>Several parts told together: their choices, words, the author's sentences left out and the loss, and whether a figure is among them.</summary>
internal sealed record Telling(IReadOnlyList<PartChoice> Parts, int Words, int AuthoredLeftOut, double Loss, bool HasFigure)
{
    public static Telling Empty { get; } = new([], 0, 0, 0, false);

    public Telling With(PartChoice part) =>
        new([.. Parts, part], Words + part.Words, AuthoredLeftOut + part.AuthoredLeftOut, Loss + part.Loss, HasFigure || part.HasFigure);

    /// <summary>Whether adding the part beats another telling of the same length: fewer of the author's sentences left out, then less lost.</summary>
    public bool IsBetterWith(PartChoice part, Telling other) =>
        (AuthoredLeftOut + part.AuthoredLeftOut, Loss + part.Loss).CompareTo((other.AuthoredLeftOut, other.Loss)) < 0;
}
