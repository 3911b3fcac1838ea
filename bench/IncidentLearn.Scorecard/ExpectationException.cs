namespace IncidentLearn.Scorecard;

/// <summary>An expectation file that cannot be read, naming the file, the property and what is wrong with it.</summary>
public sealed class ExpectationException(string file, string property, string reason, long? line = null, Exception? inner = null)
    : Exception($"{file}: property '{property}'{(line is { } l ? $" (line {l})" : "")}: {reason}.", inner)
{
    public string File { get; } = file;

    public string Property { get; } = property;
}
