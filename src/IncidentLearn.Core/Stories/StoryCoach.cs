namespace IncidentLearn.Core.Stories;

/// <summary>
/// Coaches a STAR story the way an interviewer would listen: are all four parts there and distinct, is the
/// action about half of it, does the author say "I" for what they did, do they hedge, and does the result
/// carry a figure with its source.
/// </summary>
public static class StoryCoach
{
    /// <summary>Parts sharing this much of their content words say the same thing twice.</summary>
    private const double RestatementOverlap = 0.8;

    public static StoryCoaching Coach(StarStory story)
    {
        // The story is coached on its 2-minute answer, with the length of both answers checked in its place.
        var full = CoachVersion(story, story.Full);
        var lengths = story.Versions.Select(v => LengthCheck(v, LengthOf(v))).ToList();
        var checks = full.Checks.SelectMany(c => c.Name == LengthCheckName(story.Full) ? lengths : [c]).ToList();
        return full with { Checks = checks };
    }

    /// <summary>Coaches one length of the answer on its own: its parts, its length, its action share, "I", hedges and result figures.</summary>
    public static StoryCoaching CoachVersion(StarStory story, StoryVersion version)
    {
        var checks = new List<CoachingCheck>();
        checks.AddRange(StarPartNames.InOrder.Select(part => Completeness(version, part)));
        checks.Add(LengthCheck(version, LengthOf(version)));

        var share = version.Parts["action"].Share;
        checks.Add(new("action-share", StoryLength.ActionShareFits(share), ActionAdvice.ForShare(version, share, story.ActionMaterial, Label(version))));

        var mine = SpeechHabits.FirstPersonCount(version.Action);
        var ours = SpeechHabits.WeCount(version.Action);
        checks.Add(new("i-versus-we", mine >= ours && mine > 0, mine >= ours && mine > 0
            ? $"The action says \"I\" {mine} times and \"we\" {ours}: it is clear what you did."
            : (mine == 0 ? ActionAdvice.ForFirstPerson(version, story.ActionMaterial) : null)
                ?? $"The action says \"we\" {ours} times and \"I\" only {mine}: say \"I\" for what you did and keep \"we\" for the team's part."));

        var hedges = SpeechHabits.Hedges(version.Text);
        checks.Add(new("hedging", hedges.Count == 0, hedges.Count == 0
            ? "No hedging words."
            : $"Hedging words undersell what you did: {string.Join(", ", hedges.Distinct().Select(h => $"\"{h}\""))}."));

        var figures = ResultFigures(story, version);
        checks.Add(new("quantified-result", figures.Count > 0, figures.Count > 0
            ? $"The result carries {figures.Count} figure(s): {string.Join("; ", figures.Take(3).Select(Describe))}."
            : "The result has no figure: add one (time to mitigate, users or orders affected, money) and say where it comes from."));

        return new StoryCoaching(checks, share, mine, ours, hedges, figures);
    }

    /// <summary>Figures in the 2-minute result's sentences, sourced from the field each sentence came from.</summary>
    public static IReadOnlyList<MeasuredFigure> ResultFigures(StarStory story) => ResultFigures(story, story.Full);

    private static IReadOnlyList<MeasuredFigure> ResultFigures(StarStory story, StoryVersion version)
    {
        var measuredFields = story.Figures.Where(f => f.Source == MeasuredFigure.Measured).Select(f => f.Field).ToHashSet();
        return version.Sentences
            .Where(s => s.Part == "result" && !s.Field.StartsWith("actionItems", StringComparison.Ordinal))
            .SelectMany(s => StatedFigureFinder.Find(s.Text, s.Field)
                .Select(f => measuredFields.Contains(s.Field) ? f with { Source = MeasuredFigure.Measured } : f))
            .ToList();
    }

    private static string LengthCheckName(StoryVersion version) => version.Length + "-length";

    private static StoryLength LengthOf(StoryVersion version) => version.Length == StoryLength.Short.Name ? StoryLength.Short : StoryLength.Full;

    private static string Label(StoryVersion version) => LengthOf(version) == StoryLength.Short ? "60-second" : "2-minute";

    private static CoachingCheck Completeness(StoryVersion version, StarPart part)
    {
        var name = part.Name();
        var text = version.PartText(part);
        var title = char.ToUpperInvariant(name[0]) + name[1..];
        if (Words.Count(text) == 0)
        {
            return new(name, false, $"{title} is missing: {Hint(part)}");
        }

        var repeated = StarPartNames.InOrder.Where(other => other != part)
            .Select(other => (Other: other, Overlap: Words.Overlap(text, version.PartText(other))))
            .Where(x => x.Overlap >= RestatementOverlap && Words.ContentWords(text).Count >= 3)
            .Select(x => x.Other)
            .ToList();
        if (repeated.Count > 0)
        {
            return new(name, false, $"{title} restates the {repeated[0].Name()}: {Hint(part)}");
        }

        var size = version.Parts[name];
        return new(name, true, $"{title}: {size.Words} words, about {size.Seconds} s.");
    }

    private static CoachingCheck LengthCheck(StoryVersion version, StoryLength length)
    {
        var inRange = version.Words >= length.MinWords && version.Words <= length.MaxWords;
        return new(LengthCheckName(version), inRange,
            $"The {Label(version)} answer is {version.Words} words, about {version.Seconds} s spoken (aim {length.MinWords}–{length.MaxWords} words).");
    }

    private static string Hint(StarPart part) => part switch
    {
        StarPart.Situation => "set the scene — where, when, and what was at stake.",
        StarPart.Task => "say what you were responsible for and what you set out to achieve.",
        StarPart.Action => "say what you did, step by step, in the first person.",
        _ => "say how it ended, with a figure, and what changed afterwards.",
    };

    private static string Describe(MeasuredFigure f) => $"{f.Quote} ({f.Source}, from {f.Field})";

}
