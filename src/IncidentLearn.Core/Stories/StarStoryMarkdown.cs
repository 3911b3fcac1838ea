namespace IncidentLearn.Core.Stories;

/// <summary>The Markdown telling of a STAR answer (`--format md`), laid out by templates/star/story.md.hbs.</summary>
public static class StarStoryMarkdown
{
    public static string Render(StarAnswer answer, string title, TemplateSource templates) =>
        templates.Render("star/story.md", new
        {
            title,
            prompt = answer.Prompt,
            versions = new[] { View("60-second answer", answer.Short), View("2-minute answer", answer.Full) },
            checks = answer.Checks.Select(c => new { c.Name, mark = c.Passed ? "✓" : "✗", c.Message }),
            followUps = answer.FollowUps.Select(f => new { f.Question, answer = f.Answer ?? "(The record has no answer yet: prepare one.)" }),
            questions = answer.Questions.Select(q => new { q.Question, q.Competency, score = q.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), q.Reason }),
        }) + "\n";

    private static object View(string heading, StoryVersion v) => new
    {
        heading,
        v.Words,
        v.Seconds,
        generated = v.Generated.Count == 0 ? null : string.Join(", ", v.Generated),
        trimmed = v.Trimmed.Count == 0 ? null : string.Join(", ", v.Trimmed),
        parts = StarPartNames.InOrder.Select(p => new
        {
            name = char.ToUpperInvariant(p.Name()[0]) + p.Name()[1..],
            text = v.PartText(p).Length == 0 ? "(missing)" : v.PartText(p),
            v.Parts[p.Name()].Words,
            v.Parts[p.Name()].Seconds,
        }),
    };
}
