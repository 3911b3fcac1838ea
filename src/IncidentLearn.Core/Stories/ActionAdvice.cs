using System.Globalization;

namespace IncidentLearn.Core.Stories;

/// <summary>
/// What the coach says about the action beyond pass or fail: how many words to move when its share is off, and,
/// when the action was drafted from a record that says too little, what exactly to add to the record.
/// </summary>
public static class ActionAdvice
{
    /// <summary>Entries quoted as examples: enough to find them in the timeline.</summary>
    private const int Examples = 2;

    /// <summary>Words of an entry quoted.</summary>
    private const int QuotedWords = 8;

    /// <param name="label">"2-minute" or "60-second".</param>
    public static string ForShare(StoryVersion version, double share, ActionMaterial? material, string label)
    {
        var action = version.Parts["action"];
        var rest = version.Parts.Where(p => p.Key != "action").Sum(p => p.Value.Words);
        var measured = $"The action is {Percent(share)} of the {label} answer ({action.Words} words, about {action.Seconds} s); aim for 50–60 %";
        if (StoryLength.ActionShareFits(share))
        {
            return measured + ".";
        }

        var (tooFew, tooMany) = StoryLength.ActionShareMiss(action.Words, rest);
        if (share > StoryLength.MaxActionShare)
        {
            return $"{measured}: cut about {Math.Max(1, tooMany)} words from the action, or say more about the situation and the result.";
        }

        var missing = Math.Max(1, tooFew);
        if (!Drafted(version) || material is null)
        {
            return $"{measured}: add about {missing} words on what you did, or cut as many from the situation, task and result.";
        }

        return $"{measured}. The record tells only about {material.Words} words of what was done, and this answer needs about {missing} more "
            + $"words on what you did. {WhatToAdd(material)}";
    }

    /// <summary>Why a drafted action never says "I", or null when the action is the author's own text.</summary>
    public static string? ForFirstPerson(StoryVersion version, ActionMaterial? material) =>
        Drafted(version) && material is not null
            ? $"The action never says \"I\": the record does not say what you did. {WhatToAdd(material)}"
            : null;

    /// <summary>The record's gaps, most telling first, then the way round them all.</summary>
    public static string WhatToAdd(ActionMaterial material)
    {
        var advice = new List<string>();
        if (material.Author is null)
        {
            advice.Add("The record names no author, so nothing in it can be told as yours: add yourself as an author.");
        }

        if (material.Untold.Count > 0)
        {
            advice.Add(material.Untold.Count == 1
                ? $"One of your timeline entries cannot be retold in the first person ({Quote(material.Untold)}): start it with what you did (\"Found…\", \"I found…\")."
                : $"{material.Untold.Count} of your timeline entries cannot be retold in the first person ({Quote(material.Untold)}): start each with what you did (\"Found…\", \"I found…\").");
        }

        if (material.Unattributed.Count > 0)
        {
            advice.Add(material.Unattributed.Count == 1
                ? $"One timeline entry says what was done but not who did it ({Quote(material.Unattributed)}): if you did it, make yourself its actor."
                : $"{material.Unattributed.Count} timeline entries say what was done but not who did it ({Quote(material.Unattributed)}): make yourself the actor of those you did.");
        }

        advice.Add("Or write the Action yourself: what you did, step by step, in the first person.");
        return string.Join(' ', advice);
    }

    private static bool Drafted(StoryVersion version) => version.Generated.Contains(StarPart.Action.Name());

    private static string Quote(IReadOnlyList<Incidents.TimelineEvent> entries) =>
        string.Join(", ", entries.Take(Examples).Select(e => $"{e.Start.Trim()} “{Shortened(e.Text)}”")) + (entries.Count > Examples ? ", …" : "");

    private static string Shortened(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= QuotedWords ? string.Join(' ', words) : string.Join(' ', words.Take(QuotedWords)) + "…";
    }

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";
}
