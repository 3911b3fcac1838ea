using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Stories;

/// <summary>
/// Builds the 60-second and 2-minute STAR answers of a record. Parts the author wrote are used as written
/// (whole sentences, possibly fewer of them); missing parts are drafted from the rest of the record and marked
/// generated. The answers are laid out by templates/star/short.hbs and full.hbs.
/// </summary>
public sealed partial class StarStoryBuilder
{
    private readonly TemplateSource templates;
    private readonly IStoryFigures statedFigures = new StatedFigureFinder();
    private readonly IStoryFigures timelineFigures;

    /// <param name="timelineFigures">Where measured figures (time to mitigate…) come from; none until the timeline analyzer is wired.</param>
    public StarStoryBuilder(TemplateSource templates, IStoryFigures? timelineFigures = null)
    {
        this.templates = templates;
        this.timelineFigures = timelineFigures ?? NoTimelineFigures.Instance;
    }

    public StarStory Build(IncidentRecord record)
    {
        var figures = timelineFigures.FiguresFor(record).Concat(statedFigures.FiguresFor(record)).ToList();
        var context = new StoryContext(record, templates, figures);
        var drafts = StarPartNames.InOrder.Select(part => Draft(part, context)).ToList();
        return new StarStory(
            string.IsNullOrWhiteSpace(record.Prompt) ? null : record.Prompt.Trim(),
            Compose(drafts, StoryLength.Short, record),
            Compose(drafts, StoryLength.Full, record),
            figures,
            ActionMaterial.Of(context, RepeatedSentences.Without(drafts)[StarPart.Action]));
    }

    private static PartDraft Draft(StarPart part, StoryContext context)
    {
        var authored = part.WrittenIn(context.Record.Star);
        var gist = part == StarPart.Situation ? $"{context.Record.Summary} {context.Record.Impact}" : $"{context.Record.Resolution} {context.Record.Summary}";
        return AuthoredPartDrafter.Draft(part, authored, gist) ?? part switch
        {
            StarPart.Situation => SituationDrafter.Draft(context),
            StarPart.Task => TaskDrafter.Draft(context),
            StarPart.Action => ActionDrafter.Draft(context),
            _ => ResultDrafter.Draft(context),
        };
    }

    private StoryVersion Compose(IReadOnlyList<PartDraft> drafts, StoryLength length, IncidentRecord record)
    {
        var chosen = StoryFitter.Fit(drafts, length);
        var texts = StarPartNames.InOrder.ToDictionary(p => p, p => string.Join(' ', chosen[p].Select(s => s.Text)));
        var text = Tidy(templates.Render("star/" + length.Name, new
        {
            situation = texts[StarPart.Situation],
            task = texts[StarPart.Task],
            action = texts[StarPart.Action],
            result = texts[StarPart.Result],
            title = record.Title,
            role = record.AuthorRole,
        }));
        var words = Words.Count(text);
        var partWords = StarPartNames.InOrder.Sum(p => Words.Count(texts[p]));
        var parts = StarPartNames.InOrder.ToDictionary(
            p => p.Name(),
            p => new PartSize(Words.Count(texts[p]), StoryLength.SecondsFor(Words.Count(texts[p])),
                StoryLength.ShareOfWords(Words.Count(texts[p]), partWords)));
        var byPart = drafts.ToDictionary(d => d.Part);
        return new StoryVersion(
            length.Name,
            texts[StarPart.Situation],
            texts[StarPart.Task],
            texts[StarPart.Action],
            texts[StarPart.Result],
            text,
            words,
            StoryLength.SecondsFor(words),
            parts,
            StarPartNames.InOrder.Where(p => !byPart[p].Authored && chosen[p].Count > 0).Select(p => p.Name()).ToList(),
            StarPartNames.InOrder.Where(p => byPart[p].Authored && chosen[p].Count < byPart[p].Candidates.Count).Select(p => p.Name()).ToList(),
            StarPartNames.InOrder.SelectMany(p => chosen[p].Select(s => new TracedSentence(p.Name(), s.Text, s.Field, !byPart[p].Authored))).ToList());
    }

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n\s*\n(\s*\n)+")]
    private static partial Regex BlankLines();

    /// <summary>An empty part must not leave a double space or an empty paragraph behind.</summary>
    private static string Tidy(string text) =>
        BlankLines().Replace(string.Join('\n', Spaces().Replace(text, " ").Split('\n').Select(l => l.Trim())), "\n\n").Trim();
}
