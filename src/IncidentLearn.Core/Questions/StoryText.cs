using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Stories;

namespace IncidentLearn.Core.Questions;

/// <summary>Everything a record says, flattened once for keyword matching: lower-case prose and its content words.</summary>
public sealed class StoryText
{
    public StoryText(IncidentRecord record)
    {
        var parts = new[]
            {
                record.Title, record.Summary, record.Impact, record.Trigger, record.Detection, record.Resolution, record.Severity,
                record.AuthorRole, record.Star.Situation, record.Star.Task, record.Star.Action, record.Star.Result,
            }
            .Concat(record.Tags.Select(t => t.Replace('-', ' ')))
            .Concat(record.RootCauses).Concat(record.ContributingFactors)
            .Concat(record.Timeline.Select(e => e.Text))
            .Concat(record.Lessons.WentWell).Concat(record.Lessons.WentWrong).Concat(record.Lessons.GotLucky).Concat(record.Lessons.Other)
            .Concat(record.ActionItems.Select(a => a.Text))
            .Concat(record.FollowUps.SelectMany(f => new[] { f.Question, f.Answer }));
        Prose = string.Join(". ", parts.Where(p => !string.IsNullOrWhiteSpace(p))).ToLowerInvariant();
        ContentWords = Words.ContentWords(Prose);
    }

    public string Prose { get; }

    public HashSet<string> ContentWords { get; }

    /// <summary>A keyword is present when it starts a word of the prose: "deploy" finds "deployed", "roll back" finds "roll back".</summary>
    public bool Mentions(string keyword) =>
        Regex.IsMatch(Prose, @"(?<![\p{L}\p{N}])" + Regex.Escape(keyword).Replace(@"\ ", @"[\s-]+"), RegexOptions.CultureInvariant);
}
