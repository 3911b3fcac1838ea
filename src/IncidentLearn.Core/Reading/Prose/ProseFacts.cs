using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading.Shapes;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Prose;

/// <summary>
/// Fills the record's facts that the source gives no section for (root cause, resolution, detection, lessons,
/// impact, trigger) from the sentences whose wording says what they are, as a careful reader of an essay or a
/// status update does. The prose is read first (summary, the story's parts, sections that fit no field), then
/// the timeline's entries. Each sentence serves one fact, so no field repeats another; a trigger is only looked
/// for before the resolution. Never overwrites a field the
/// source fills, and says in the report which fields were taken this way so a person checks them.
/// </summary>
public static class ProseFacts
{
    private const int MinWords = 4;
    private const int MaxWords = 60;

    private static readonly SentenceRole[] FillOrder =
        [SentenceRole.RootCause, SentenceRole.Resolution, SentenceRole.Detection, SentenceRole.Lesson, SentenceRole.Impact, SentenceRole.Trigger];

    public static void Fill(IncidentRecord record, ReadReport report)
    {
        var empty = FillOrder.Where(role => IsEmpty(record, role)).ToList();
        if (empty.Count == 0)
        {
            return;
        }

        var candidates = Candidates(record, report.Shape).ToList();
        var taken = new Dictionary<int, SentenceRole>();
        var filled = new List<string>();
        var resolutionAt = int.MaxValue;
        foreach (var role in empty)
        {
            var found = role is SentenceRole.Impact ? FindImpact(candidates, taken) : Find(candidates, role, taken, role is SentenceRole.Trigger ? resolutionAt : int.MaxValue);
            if (found < 0)
            {
                continue;
            }

            taken[found] = role;
            if (role is SentenceRole.Resolution)
            {
                resolutionAt = found;
            }

            Set(record, role, candidates[found].Text);
            filled.Add(Path(role));
        }

        if (string.IsNullOrWhiteSpace(record.Trigger) && TriggerEntry(record) is { } entry)
        {
            record.Trigger = entry;
            filled.Add("trigger");
        }

        if (filled.Count > 0)
        {
            report.Inferred.AddRange(filled);
            report.Warnings.Add($"The source has no section for {string.Join(", ", filled.Select(Name))}; each was taken from a sentence whose wording says what it is. Check them.");
        }
    }

    private static int Find(List<Candidate> candidates, SentenceRole role, Dictionary<int, SentenceRole> taken, int before)
    {
        for (var i = 0; i < Math.Min(before, candidates.Count); i++)
        {
            if (!candidates[i].Roles.Contains(role) || taken.ContainsKey(i))
            {
                continue;
            }

            // A sentence whose first cue is another empty fact's is left for that fact ("we rolled back the deploy" resolves, it does not trigger).
            if (candidates[i].Roles[0] != role && role is not SentenceRole.Trigger and not SentenceRole.Impact && Array.IndexOf(FillOrder, candidates[i].Roles[0]) < Array.IndexOf(FillOrder, role))
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>
    /// A timeline's first entry, when it makes a change and is no sign of trouble ("Config change CR-88 rolled out to
    /// the resolver pool", "Deploy of ledger-api 7.2 starts"): what set the incident off.
    /// </summary>
    private static string? TriggerEntry(IncidentRecord record)
    {
        if (record.Timeline.Count == 0)
        {
            return null;
        }

        var first = record.Timeline[0];
        var kind = first.Kind ?? EventKindClassifier.Classify(first.Text);
        return kind is null or EventKind.Other && SentenceRoles.MakesAChange(first.Text) ? first.Text : null;
    }

    /// <summary>The free sentence that states the impact most plainly, the first of them on a tie.</summary>
    private static int FindImpact(List<Candidate> candidates, Dictionary<int, SentenceRole> taken)
    {
        var (best, bestStrength) = (-1, 0);
        for (var i = 0; i < candidates.Count; i++)
        {
            var strength = taken.ContainsKey(i) ? 0 : candidates[i].ImpactStrength;
            if (strength > bestStrength)
            {
                (best, bestStrength) = (i, strength);
            }
        }

        return best;
    }

    /// <summary>The sentences of the prose, then the timeline's entries, each with the roles its wording gives it.</summary>
    private static IEnumerable<Candidate> Candidates(IncidentRecord record, string shape)
    {
        // A task the author labelled as such is their responsibility ("Decide whether to keep the portal up in a
        // degraded state"), not a fact of the incident; a task placed by position in an essay may be either.
        var task = shape == ShapeNames.StarLabels ? null : record.Star.Task;
        string?[] prose = [record.Summary, record.Star.Situation, task, record.Star.Action, record.Star.Result];
        foreach (var text in prose.Concat(record.Sections.Select(s => s.Body)))
        {
            foreach (var sentence in Lines(text ?? "").SelectMany(Sentences.Split))
            {
                if (!sentence.Equals(record.Title, StringComparison.OrdinalIgnoreCase) && Read(sentence) is { } candidate)
                {
                    yield return candidate;
                }
            }
        }

        // A message sent to customers ("we e-mailed the 37 affected tenants") tells of the response, not the incident.
        foreach (var e in record.Timeline.Where(e => (e.Kind ?? EventKindClassifier.Classify(e.Text)) is not EventKind.Communication))
        {
            if (Read(e.Text) is { } candidate)
            {
                yield return candidate;
            }
        }
    }

    /// <summary>
    /// The text in runs of lines that read on: a line with no closing stop followed by a capital starts a new run, so
    /// a heading kept above its paragraph ("TLS certificate expiry ⏎ Our public API certificate expired …") is not
    /// read as the first words of the sentence after it. A wrapped sentence goes on in lower case and stays whole.
    /// </summary>
    private static IEnumerable<string> Lines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var run = new List<string>();
        foreach (var line in lines)
        {
            if (run.Count > 0 && (char.IsUpper(line[0]) && run[^1][^1] is not (',' or ';' or '-' or '–') || Labels.Paragraphs.IsBullet(line)))
            {
                yield return string.Join(' ', run);
                run.Clear();
            }

            run.Add(line);
        }

        if (run.Count > 0)
        {
            yield return string.Join(' ', run);
        }
    }

    private static Candidate? Read(string sentence)
    {
        var text = sentence.Trim().TrimStart('•', '-', '*', '–', '#', '>', ' ').Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // Quoted speech (a colleague's words, the interview question) is not the teller's account of what happened.
        if (words < MinWords || words > MaxWords || text.EndsWith('?') || text.Length > 0 && text[0] is '"' or '“' or '\'' or '‘')
        {
            return null;
        }

        var roles = SentenceRoles.Of(text).ToArray();
        return roles.Length == 0 ? null : new Candidate(text, roles, SentenceRoles.ImpactStrength(text, roles));
    }

    private static bool IsEmpty(IncidentRecord record, SentenceRole role) => role switch
    {
        SentenceRole.RootCause => record.RootCauses.Count == 0,
        SentenceRole.Resolution => string.IsNullOrWhiteSpace(record.Resolution),
        SentenceRole.Detection => string.IsNullOrWhiteSpace(record.Detection),
        SentenceRole.Lesson => record.Lessons.WentWell.Count + record.Lessons.WentWrong.Count + record.Lessons.GotLucky.Count + record.Lessons.Other.Count == 0,
        SentenceRole.Impact => string.IsNullOrWhiteSpace(record.Impact),
        _ => string.IsNullOrWhiteSpace(record.Trigger),
    };

    private static void Set(IncidentRecord record, SentenceRole role, string text)
    {
        switch (role)
        {
            case SentenceRole.RootCause: record.RootCauses.Add(text); break;
            case SentenceRole.Resolution: record.Resolution = text; break;
            case SentenceRole.Detection: record.Detection = text; break;
            case SentenceRole.Lesson: record.Lessons.Other.Add(text); break;
            case SentenceRole.Impact: record.Impact = text; break;
            default: record.Trigger = text; break;
        }
    }

    private static string Path(SentenceRole role) => role switch
    {
        SentenceRole.RootCause => "rootCauses[0]",
        SentenceRole.Lesson => "lessons.other[0]",
        _ => char.ToLowerInvariant(role.ToString()[0]) + role.ToString()[1..],
    };

    private static string Name(string path) => path switch
    {
        "rootCauses[0]" => "the root cause",
        "lessons.other[0]" => "the lessons",
        _ => "the " + path,
    };

    /// <summary>A sentence with the roles its wording gives it and how plainly it states an impact.</summary>
    private sealed record Candidate(string Text, SentenceRole[] Roles, int ImpactStrength);
}
