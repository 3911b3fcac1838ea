using System.Text.Json;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Questions;

namespace IncidentLearn.Core.Stories;

/// <summary>
/// What `incidentlearn star --json` and GET /api/incidents/{id}/star return: the prompt, both lengths, the coaching
/// checks, follow-ups with answers from the record, and the bank questions the story answers best.
/// </summary>
public sealed record StarAnswer(
    string? Prompt,
    StoryVersion Short,
    StoryVersion Full,
    IReadOnlyList<CoachingCheck> Checks,
    IReadOnlyList<SuggestedFollowUp> FollowUps,
    IReadOnlyList<QuestionMatch> Questions,
    IReadOnlyList<MeasuredFigure> Figures)
{
    public string ToJson() => JsonSerializer.Serialize(this, IncidentJson.Options);
}

/// <summary>Builds a record's whole STAR answer: the story, its coaching, follow-ups and matching questions.</summary>
public sealed class StarAnswerBuilder(StarStoryBuilder stories, QuestionMatcher matcher)
{
    public StarAnswer Build(IncidentRecord record)
    {
        var story = stories.Build(record);
        var questions = matcher.Match(record);
        return new StarAnswer(
            story.Prompt ?? questions.FirstOrDefault()?.Question,
            story.Short,
            story.Full,
            StoryCoach.Coach(story).Checks,
            FollowUpSuggester.Suggest(record, story),
            questions,
            story.Figures);
    }
}
