using IncidentLearn.Core.Exports;
using IncidentLearn.Core.Questions;
using IncidentLearn.Core.Reports;
using IncidentLearn.Core.Stories;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core;

/// <summary>
/// The read-only services everything right of the record uses, built once per process (the API holds one as a
/// singleton, the command line one per run): templates and the question bank are loaded from disk once.
/// </summary>
public sealed class LearningServices
{
    public LearningServices(string? templatesPath = null, string? questionsPath = null)
    {
        Templates = new TemplateSource(templatesPath);
        Questions = QuestionBank.Load(questionsPath);
        Timelines = new TimelineAnalyzer();
        Matcher = new QuestionMatcher(Questions);
        Stories = new StarStoryBuilder(Templates, new TimelineFigures(Timelines));
        Answers = new StarAnswerBuilder(Stories, Matcher);
        Reports = new IncidentReportBuilder(Stories, Timelines);
        Exporter = new IncidentExporter(Reports, new StudyPackBuilder(Stories, Timelines));
    }

    public IncidentReportBuilder Reports { get; }

    public IncidentExporter Exporter { get; }

    public TemplateSource Templates { get; }

    public QuestionBank Questions { get; }

    public TimelineAnalyzer Timelines { get; }

    public QuestionMatcher Matcher { get; }

    public StarStoryBuilder Stories { get; }

    public StarAnswerBuilder Answers { get; }
}
