namespace IncidentLearn.Scorecard;

/// <summary>How one read measured against its expectation: counts per scored field and every miss in words.</summary>
public sealed class DocumentScore(string name, string readShape)
{
    public string Name { get; } = name;

    public string ReadShape { get; } = readShape;

    /// <summary>Only the fields the expectation names, in the order they are reported.</summary>
    public OrderedDictionary<string, FieldCounts> Fields { get; } = [];

    public int ChromeListed { get; private set; }

    /// <summary>How many of the listed chrome strings turned up somewhere in the record (the target is 0).</summary>
    public int ChromeFound { get; private set; }

    public List<Miss> Misses { get; } = [];

    public bool IsFullMarks => Fields.Values.All(c => c.IsFullMarks) && ChromeFound == 0;

    public void Add(string field, FieldCounts counts) =>
        Fields[field] = Fields.TryGetValue(field, out var earlier) ? earlier + counts : counts;

    public void Miss(string field, string message) => Misses.Add(new Miss(field, message));

    public void CountChrome(int listed, int found) => (ChromeListed, ChromeFound) = (listed, found);
}

/// <summary>One thing the reader got wrong, said so a person can go and look.</summary>
public sealed record Miss(string Field, string Message);
