using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Stories;

namespace IncidentLearn.Core.Questions;

/// <summary>
/// Ranks bank questions by how well a record's story answers them. A question's own keywords weigh most, then
/// its competency's keywords, then words shared with the question's text; a prompt the author answered wins outright.
/// </summary>
public sealed class QuestionMatcher(QuestionBank bank)
{
    private const double QuestionKeywordWeight = 3;
    private const int CompetencyKeywordCap = 5;
    private const double SharedWordWeight = 0.5;

    /// <summary>Raw evidence worth this much scores 0.5: roughly two question keywords and a few signals besides.</summary>
    private const double HalfScoreAt = 9;

    public QuestionBank Bank { get; } = bank;

    public IReadOnlyList<QuestionMatch> Match(IncidentRecord record, int top = 5) =>
        MatchAll(record).Take(top).ToList();

    public IReadOnlyList<QuestionMatch> MatchAll(IncidentRecord record)
    {
        var text = new StoryText(record);
        return Bank.AllQuestions
            .Select(x => Score(x.Competency, x.Question, text, record.Prompt))
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.QuestionId, StringComparer.Ordinal)
            .ToList();
    }

    private static QuestionMatch Score(Competency competency, BankQuestion question, StoryText text, string? prompt)
    {
        var questionKeywords = question.Keywords.Where(text.Mentions).ToList();
        var competencyKeywords = competency.Keywords.Where(text.Mentions).Take(CompetencyKeywordCap).ToList();
        var shared = Words.Tokens(question.Text).Where(t => t.Length > 2).Distinct()
            .Where(t => Words.ContentWords(t).Count == 1 && text.ContentWords.Contains(Words.Stem(t))).ToList();
        var promptOverlap = string.IsNullOrWhiteSpace(prompt) ? 0 : Words.Overlap(prompt, question.Text);
        var promptBonus = promptOverlap >= 0.6 ? 20 : 0;

        var raw = (QuestionKeywordWeight * questionKeywords.Count) + competencyKeywords.Count + (SharedWordWeight * shared.Count) + promptBonus;
        var score = Math.Round(raw / (raw + HalfScoreAt), 2);
        return new QuestionMatch(question.Id, question.Text, competency.Id, competency.Name, score,
            Reason(questionKeywords, competency, competencyKeywords, shared, promptBonus > 0));
    }

    private static string Reason(List<string> questionKeywords, Competency competency, List<string> competencyKeywords, List<string> shared, bool prompt)
    {
        var reasons = new List<string>();
        if (prompt)
        {
            reasons.Add("the record says it answers this question");
        }

        if (questionKeywords.Count > 0)
        {
            reasons.Add($"the story mentions {Quote(questionKeywords)}, which this question looks for");
        }

        if (competencyKeywords.Count > 0)
        {
            reasons.Add($"{Quote(competencyKeywords)} signal {competency.Name.ToLowerInvariant()}");
        }

        if (shared.Count > 0)
        {
            reasons.Add($"it shares {Quote(shared.Take(4).ToList())} with the question");
        }

        if (reasons.Count == 0)
        {
            return "Nothing in the story points to this question.";
        }

        var sentence = string.Join("; ", reasons) + ".";
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private static string Quote(IReadOnlyList<string> words) => string.Join(", ", words.Select(w => $"\"{w}\""));
}
