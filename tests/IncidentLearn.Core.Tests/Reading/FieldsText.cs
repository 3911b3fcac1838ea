using IncidentLearn.Core.Reading.Analysis;

namespace IncidentLearn.Core.Tests.Reading;

/// <summary>Every piece of text an analysis puts in front of a user, for checking that no chrome got in.</summary>
internal static class FieldsText
{
    public static List<string> Of(AnalysisResult a)
    {
        var texts = new List<string?> { a.Title, a.Prompt, a.Star.Situation, a.Star.Task, a.Star.Action, a.Star.Result, a.Summary, a.Impact, a.Resolution };
        texts.AddRange(a.RootCauses);
        texts.AddRange(a.Timeline.Events.Select(e => e.Text));
        texts.AddRange(a.ActionItems.Select(i => i.Text));
        texts.AddRange(a.Lessons.WentWell.Concat(a.Lessons.WentWrong).Concat(a.Lessons.GotLucky).Concat(a.Lessons.Other));
        texts.AddRange(a.FollowUps.SelectMany(f => new[] { f.Question, f.Answer }));
        texts.AddRange(a.Questions);
        return texts.Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).ToList();
    }
}
