namespace IncidentLearn.Core.Reading.Labels;

/// <summary>The words authors use for each part, folded to lower case with hyphens as spaces and numbers removed.</summary>
public static class LabelVocabulary
{
    private static readonly Dictionary<string, LabelField> Phrases = Build();

    public static LabelField? Find(string phrase) => Phrases.TryGetValue(Key(phrase), out var field) ? field : null;

    public static bool IsStar(LabelField field) => field is LabelField.Situation or LabelField.Task or LabelField.Action or LabelField.Result;

    /// <summary>Lower case, hyphens and runs of spaces as one space, trailing numbers ("Question 2") removed.</summary>
    public static string Key(string phrase)
    {
        Span<char> buffer = stackalloc char[Math.Min(phrase.Length, 80)];
        var length = 0;
        var lastWasSpace = true;
        foreach (var c in phrase.AsSpan(0, Math.Min(phrase.Length, 80)))
        {
            var folded = c is '-' or '_' or ' ' or '/' ? ' ' : char.ToLowerInvariant(c);
            if (folded == ' ' && lastWasSpace)
            {
                continue;
            }

            buffer[length++] = folded;
            lastWasSpace = folded == ' ';
        }

        var key = buffer[..length].ToString().TrimEnd();
        return key.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '#', '.').TrimEnd();
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
        Add(LabelField.ImmediateResponse, "immediate response", "immediate action", "immediate actions", "first response", "response", "mitigation", "immediate mitigation");
        Add(LabelField.Communication, "communication", "communications", "comms", "stakeholder communication");
        Add(LabelField.Resolution, "resolution", "fix", "the fix", "long term fix", "permanent fix", "recovery");
        Add(LabelField.ActionItems, "preventive measures", "preventative measures", "prevention", "action items", "follow up actions", "next steps", "follow ups", "followups", "corrective actions", "remediation items");
        Add(LabelField.Lessons, "lessons", "lessons learned", "lessons learnt", "lesson learned", "lesson", "key takeaways", "takeaways", "takeaway", "what i learned", "learnings", "reflection");
        Add(LabelField.FollowUp, "anticipated follow up question", "follow up question", "follow up", "likely follow up", "possible follow up question");
        Add(LabelField.Approach, "approach", "my approach");
        Add(LabelField.Answer, "answer", "response to follow up", "suggested answer");
        Add(LabelField.Impact, "impact", "customer impact", "user impact", "business impact");
        Add(LabelField.RootCause, "root cause", "root causes", "cause", "causes");
        Add(LabelField.Trigger, "trigger");
        Add(LabelField.Detection, "detection", "how it was detected");
        Add(LabelField.Summary, "summary", "executive summary", "tl;dr", "tldr", "overview", "incident summary");
        Add(LabelField.Timeline, "timeline", "timeline (all times utc)", "timeline of events", "sequence of events");
        Add(LabelField.WentWell, "what went well", "went well", "things that went well");
        Add(LabelField.WentWrong, "what went wrong", "went wrong", "things that went wrong", "what did not go well", "what didn't go well");
        Add(LabelField.GotLucky, "where we got lucky", "we got lucky", "got lucky", "where we were lucky");
        Add(LabelField.Supporting, "supporting information", "appendix", "references");
        Add(LabelField.Contributing, "contributing factors", "contributing factor");
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
