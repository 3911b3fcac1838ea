namespace IncidentLearn.Core.Reading.Chat;

/// <summary>
/// Whether words before a time can be the name a chat client prints ("Priya Raman", "tbecker", "Ana de Souza")
/// rather than the end of a sentence ("rolled back at 23:30", "ETA 23:45", "Resolved 11:40 PM").
/// </summary>
public static class ChatAuthorNames
{
    // Words that end a phrase before a time, or name a moment of the incident; a display name is none of them.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "by", "until", "till", "since", "from", "to", "around", "about", "approx", "before", "after", "and", "or",
        "on", "in", "is", "was", "of", "for", "the", "a", "an", "now", "then", "eta", "etd", "due", "time", "date",
        "start", "started", "began", "end", "ended", "detected", "alerted", "paged", "acked", "acknowledged", "mitigated",
        "resolved", "fixed", "deployed", "rollback", "closed", "opened", "reported", "escalated", "update", "updated",
        "status", "impact", "outage", "incident", "today", "yesterday", "utc", "gmt",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "da", "del", "der", "di", "du", "dos", "le", "la", "bin", "al", "ten", "ter",
    };

    /// <summary>True for one handle or word ("priya.raman", "Priya"), or capitalised words with the usual particles.</summary>
    public static bool IsName(string name)
    {
        var words = Words(name);
        if (words.Length == 0 || NotNames.Contains(words[^1]) || !words.Any(w => w.Any(char.IsLetter)))
        {
            return false;
        }

        for (var i = 0; i < words.Length && words.Length > 1; i++)
        {
            var inside = i > 0 && i < words.Length - 1;
            if (!char.IsUpper(words[i][0]) && !(inside && Particles.Contains(words[i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two or more capitalised words: a person's full name, evidence enough even under a weak stamp.</summary>
    public static bool IsFullName(string name) => Words(name).Length >= 2 && IsName(name);

    // A trailing "(she/her)" or "(Guest)" is part of how the client shows the name, not a word of it.
    private static string[] Words(string name)
    {
        var open = name.IndexOf(" (", StringComparison.Ordinal);
        return (open > 0 ? name[..open] : name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
