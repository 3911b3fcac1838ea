namespace IncidentLearn.Core.Reading.Labels;

/// <summary>The words authors use for each part, folded to lower case with hyphens as spaces and numbers removed.</summary>
public static class LabelVocabulary
{
    private const int MaxHeadingWords = 12;

    private static readonly Dictionary<string, LabelField> Phrases = Build();

    // The words inside a longer heading that name a template part: "What was the impact identified?",
    // "Root cause of the outage", "Problem Description, Impact, and Resolution", "Long-term improvements".
    private static readonly (string[] Words, LabelField Field)[] HeadingCues = BuildHeadingCues();

    public static LabelField? Find(string phrase) => Phrases.TryGetValue(Key(phrase), out var field) ? field : null;

    /// <summary>
    /// The template parts a section heading names, in the order it names them: the whole heading when it is a
    /// known label, else the cue words it contains ("Summary of resolution" names the resolution: a part named
    /// before "of" gives way to the one after it). Empty for long headings, which are sentences.
    /// </summary>
    public static IReadOnlyList<LabelField> NamedIn(string heading)
    {
        if (Find(heading) is { } whole)
        {
            return [whole];
        }

        var words = Words(Key(heading));
        if (words.Length == 0 || words.Length > MaxHeadingWords)
        {
            return [];
        }

        var named = new List<LabelField>();
        var i = 0;
        while (i < words.Length)
        {
            if (CueAt(words, i) is not { } cue)
            {
                i++;
                continue;
            }

            var after = i + cue.Words.Length;
            var qualifies = after < words.Length && words[after] == "of" && Enumerable.Range(after + 1, words.Length - after - 1).Any(j => CueAt(words, j) is not null);
            if (!qualifies && !named.Contains(cue.Field))
            {
                named.Add(cue.Field);
            }

            i = after;
        }

        return named;
    }

    private static (string[] Words, LabelField Field)? CueAt(string[] words, int at)
    {
        (string[] Words, LabelField Field)? best = null;
        foreach (var cue in HeadingCues)
        {
            if (cue.Words.Length <= words.Length - at && (best is null || cue.Words.Length > best.Value.Words.Length)
                && cue.Words.AsSpan().SequenceEqual(words.AsSpan(at, cue.Words.Length)))
            {
                best = cue;
            }
        }

        return best;
    }

    private static string[] Words(string key) =>
        key.Split([' ', ',', ';', '.', '\'', '\u2019', '?', '!', '(', ')', '[', ']', '"', '*', '_', '`'], StringSplitOptions.RemoveEmptyEntries);

    public static bool IsStar(LabelField field) => field is LabelField.Situation or LabelField.Task or LabelField.Action or LabelField.Result;

    /// <summary>
    /// How a heading or label is compared: lower case; hyphens, slashes and runs of spaces as one space; "&amp;" as
    /// "and"; numbering before ("3.", "III.", "Step 2:") and after ("Question 2") removed, with closing hashes,
    /// a closing colon or question mark and a closing parenthesis ("Timeline (all times UTC)").
    /// </summary>
    public static string Key(string phrase)
    {
        var span = phrase.AsSpan(0, Math.Min(phrase.Length, 80)).Trim();
        span = span.Trim("#*_ \t".AsSpan());
        span = SkipNumbering(span);
        if (span.Length > 0 && span[^1] == ')' && span.LastIndexOf('(') is var open and > 0)
        {
            span = span[..open];
        }

        Span<char> buffer = stackalloc char[span.Length * 3 + 1];
        var length = 0;
        var lastWasSpace = true;
        foreach (var c in span)
        {
            if (c == '&')
            {
                if (!lastWasSpace)
                {
                    buffer[length++] = ' ';
                }

                "and ".AsSpan().CopyTo(buffer[length..]);
                length += 4;
                lastWasSpace = true;
                continue;
            }

            var folded = c is '-' or '_' or ' ' or '/' or '\t' or '\u2013' or '\u2014' ? ' ' : char.ToLowerInvariant(c);
            if (folded == ' ' && lastWasSpace)
            {
                continue;
            }

            buffer[length++] = folded;
            lastWasSpace = folded == ' ';
        }

        var key = buffer[..length].ToString().TrimEnd();
        return key.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '#', '.', ':', '?', ' ', '*').TrimEnd();
    }

    // "3. ", "3) ", "3 - ", "III. ", "A. ", "Step 2: ", "Part 1 - " before the words of a heading.
    private static ReadOnlySpan<char> SkipNumbering(ReadOnlySpan<char> span)
    {
        var i = 0;
        if (span.StartsWith("step ", StringComparison.OrdinalIgnoreCase) || span.StartsWith("part ", StringComparison.OrdinalIgnoreCase))
        {
            i = 5;
        }

        var start = i;
        while (i < span.Length && (char.IsAsciiDigit(span[i]) || (i > start && span[i] == '.' && i + 1 < span.Length && char.IsAsciiDigit(span[i + 1]))))
        {
            i++;
        }

        if (i == start)
        {
            while (i < span.Length && i - start < 5 && span[i] is 'I' or 'V' or 'X')
            {
                i++;
            }

            if (i == start && span.Length > 2 && char.IsAsciiLetterUpper(span[0]) && span[1] is '.' or ')')
            {
                i = 1;
            }
        }

        if (i == start || i >= span.Length || span[i] is not ('.' or ')' or ':' or ' ' or '-'))
        {
            return span;
        }

        var rest = span[i..].TrimStart(".):- \t".AsSpan());
        return rest.Length == 0 || !char.IsLetter(rest[0]) ? span : rest;
    }

    private static (string[] Words, LabelField Field)[] BuildHeadingCues()
    {
        var cues = new List<(string[], LabelField)>();
        void Add(LabelField field, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                cues.Add((Words(Key(phrase)), field));
            }
        }

        Add(LabelField.Timeline, "timeline", "chronology", "sequence of events", "timeline of events");
        Add(LabelField.RootCause, "underlying issue", "underlying cause", "underlying problem", "root cause", "root causes", "cause", "causes", "caused", "why", "investigation", "technical details", "what went wrong and why");
        Add(LabelField.Impact, "impact", "impacts", "impacted", "affected", "customer impact");
        Add(LabelField.Detection, "detection", "detected", "noticed", "discovered", "alerting", "alerted");
        Add(LabelField.Resolution, "resolution", "resolved", "resolving", "resolve", "fix", "fixed", "fixing", "fixes", "solution", "recovery", "recovered", "restoration", "restored", "remediation steps taken");
        Add(LabelField.ImmediateResponse, "mitigation", "mitigated", "mitigating", "mitigation steps", "response", "responded");
        Add(LabelField.ActionItems, "ongoing work", "work in progress", "what s done", "what is done", "what has been done", "what we ve done", "what we have done", "done so far", "how we re fixing", "how we are fixing", "how we ll fix", "how we will fix", "action items", "action item", "follow up", "follow ups", "followups", "next steps", "preventive", "preventative", "prevent", "prevention", "preventing", "improvements", "remediation", "remediations", "further actions", "long term", "going forward", "corrective");
        Add(LabelField.Lessons, "lessons", "lesson", "learned", "learnt", "learnings", "takeaways", "takeaway", "reflections");
        Add(LabelField.Summary, "summary", "overview", "what happened", "happened", "description");
        Add(LabelField.Trigger, "trigger", "triggered", "triggers");
        Add(LabelField.WentWell, "went well", "went right", "what worked");
        Add(LabelField.WentWrong, "went wrong", "what didn t work", "what did not work", "could have gone better", "didn t go well", "did not go well");
        Add(LabelField.GotLucky, "lucky");
        Add(LabelField.Contributing, "contributing");
        Add(LabelField.Supporting, "appendix", "references", "supporting information");
        return [.. cues];
    }

    private static Dictionary<string, LabelField> Build()
    {
        var phrases = new Dictionary<string, LabelField>(StringComparer.Ordinal);
        void Add(LabelField field, params string[] words)
        {
            foreach (var word in words)
            {
                phrases[Key(word)] = field;
            }
        }

        Add(LabelField.Situation, "situation", "context", "background", "setting", "the situation");
        Add(LabelField.Task, "task", "the task", "goal", "my task", "objective", "my role", "role");
        Add(LabelField.Action, "action", "actions", "what i did", "what we did", "steps taken", "the action", "actions taken");
        Add(LabelField.Result, "result", "results", "the result", "final result");
        Add(LabelField.Challenge, "challenge", "the challenge", "problem", "the problem");
        Add(LabelField.Mistake, "mistake", "the mistake", "my mistake", "what i got wrong");
        Add(LabelField.Outcome, "outcome", "outcomes", "the outcome");
        Add(LabelField.ImmediateResponse, "immediate response", "immediate action", "immediate actions", "first response", "response", "mitigation", "immediate mitigation", "mitigation steps", "incident response", "response and recovery", "how we responded", "actions taken during the incident");
        Add(LabelField.Communication, "communication", "communications", "comms", "stakeholder communication");
        Add(LabelField.Resolution, "resolution", "fix", "the fix", "long term fix", "permanent fix", "recovery", "resolution and recovery", "recovery and resolution", "how it was fixed", "how we fixed it", "remediation steps taken");
        Add(LabelField.ActionItems, "ongoing work", "work in progress", "preventive measures", "preventative measures", "preventive actions", "preventative actions", "prevention", "action items", "action item", "follow up actions", "follow up items", "follow up work", "next steps", "follow ups", "followups", "corrective actions", "corrective action", "corrective and preventive actions", "corrective and preventative actions", "remediation", "remediations", "remediation items", "remediation and prevention", "prevention and follow up", "future work", "what we are doing about it", "what we're doing about it", "what we are doing to prevent this", "what we are changing", "what's next", "what is next", "action plan", "improvements", "planned improvements", "going forward", "moving forward", "to do", "todo", "todos", "repair items", "process improvements");
        Add(LabelField.Lessons, "lessons", "lessons learned", "lessons learnt", "lesson learned", "lesson", "key takeaways", "takeaways", "takeaway", "what i learned", "what we learned", "what we learnt", "learnings", "key learnings", "reflection", "reflections");
        Add(LabelField.FollowUp, "anticipated follow up question", "follow up question", "follow up", "likely follow up", "possible follow up question");
        Add(LabelField.Approach, "approach", "my approach");
        Add(LabelField.Answer, "answer", "response to follow up", "suggested answer");
        Add(LabelField.Impact, "impact", "customer impact", "user impact", "business impact", "impact assessment", "scope of impact", "scope", "who was affected", "affected customers", "affected users", "impact and duration", "severity and impact", "summary of impact", "service impact", "incident impact");
        Add(LabelField.RootCause, "root cause", "root causes", "cause", "causes", "root cause analysis", "rca", "why it happened", "what caused it", "what caused this", "the cause", "five whys", "5 whys", "cause analysis", "technical root cause", "fault", "root cause and trigger", "what went wrong and why", "technical details", "technical summary", "technical explanation", "in depth explanation", "detailed description");
        Add(LabelField.Trigger, "trigger", "triggers", "what triggered it", "leadup", "lead up", "trigger event");
        Add(LabelField.Detection, "detection", "how it was detected", "how we found out", "how we noticed", "discovery", "identification", "detection and response", "alerting");
        Add(LabelField.Summary, "summary", "executive summary", "tl;dr", "tldr", "overview", "incident summary", "issue summary", "incident overview", "what happened", "incident description", "description", "synopsis", "the incident", "incident report", "postmortem summary", "post mortem summary", "abstract");
        Add(LabelField.Timeline, "timeline", "timeline of events", "sequence of events", "incident timeline", "detailed timeline", "detailed timeline of events", "chronology", "timeline and response", "event timeline", "event log", "events", "timeline of the incident", "update timeline", "updates", "incident updates", "status updates", "update history", "incident history");
        Add(LabelField.WentWell, "what went well", "went well", "things that went well", "what went right", "things that went right");
        Add(LabelField.WentWrong, "what went wrong", "went wrong", "things that went wrong", "what did not go well", "what didn't go well", "what could have gone better", "what could be improved", "where we were unlucky");
        Add(LabelField.GotLucky, "where we got lucky", "we got lucky", "got lucky", "where we were lucky");
        Add(LabelField.Supporting, "supporting information", "appendix", "references", "glossary", "related incidents", "further reading");
        Add(LabelField.Contributing, "contributing factors", "contributing factor", "contributing causes", "contributors", "other contributing factors");
        Add(LabelField.Prompt, "question", "interview question", "prompt");
        Add(LabelField.Title, "title");
        Add(LabelField.Date, "date", "incident date");
        Add(LabelField.Authors, "authors", "author", "owner", "owners");
        Add(LabelField.Status, "status", "document status");
        Add(LabelField.Severity, "severity", "sev", "priority");
        Add(LabelField.Services, "services", "affected services", "services affected", "systems affected");
        Add(LabelField.Tags, "tags", "keywords");
        return phrases;
    }
}
