using IncidentLearn.Core.Stories;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace IncidentLearn.Core.Questions;

/// <summary>The behavioural question bank (content/questions/questions.yaml): competencies, each with its questions.</summary>
public sealed class QuestionBank
{
    public List<Competency> Competencies { get; set; } = [];

    public IEnumerable<(Competency Competency, BankQuestion Question)> AllQuestions =>
        Competencies.SelectMany(c => c.Questions.Select(q => (c, q)));

    /// <summary>Loads the bank from a file, or from content/questions/questions.yaml found beside the binary or in the source tree.</summary>
    public static QuestionBank Load(string? path = null) =>
        Parse(File.ReadAllText(path ?? Path.Combine(ProjectFolders.Find("content"), "questions", "questions.yaml")));

    public static QuestionBank Parse(string yaml)
    {
        var bank = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<QuestionBank?>(yaml) ?? new QuestionBank();
        foreach (var competency in bank.Competencies)
        {
            competency.Keywords = competency.Keywords.Select(k => k.Trim().ToLowerInvariant()).ToList();
            foreach (var question in competency.Questions)
            {
                question.Keywords = question.Keywords.Select(k => k.Trim().ToLowerInvariant()).ToList();
            }
        }

        return bank;
    }
}

/// <summary>A quality an interviewer probes ("Handling failure"), with words that signal a story shows it.</summary>
public sealed class Competency
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public List<string> Keywords { get; set; } = [];

    public List<BankQuestion> Questions { get; set; } = [];
}

/// <summary>One behavioural question, with words that signal a story answers it.</summary>
public sealed class BankQuestion
{
    public string Id { get; set; } = "";

    public string Text { get; set; } = "";

    public List<string> Keywords { get; set; } = [];
}
