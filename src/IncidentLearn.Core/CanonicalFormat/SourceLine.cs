namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>One line of the file being read, with its 1-based number for problems.</summary>
internal readonly record struct SourceLine(int Number, string Text)
{
    public bool IsBlank => Text.AsSpan().Trim(" \t").IsEmpty;
}
