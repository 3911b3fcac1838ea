using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Stories;

/// <summary>Who "I" is in a record: the authors' names, so timeline events they acted in can be told in the first person.</summary>
public sealed class AuthorIdentity
{
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);

    public AuthorIdentity(IncidentRecord record)
    {
        // With several authors the first is the one whose role the record states.
        var author = record.Authors.FirstOrDefault();
        if (author is not null)
        {
            names.Add(author.Trim());
            names.Add(author.Trim().Split(' ')[0]);
        }

        names.UnionWith(["I", "me", "author", "the author"]);
    }

    public bool IsAuthor(string? actor)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            return false;
        }

        var trimmed = actor.Trim();
        // Chat handles such as "dmitri.k" or "@lena" name a person by their first part.
        var handle = trimmed.TrimStart('@').Split('.', '_', ' ')[0];
        return names.Contains(trimmed) || names.Contains(handle);
    }
}
