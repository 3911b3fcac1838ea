using IncidentLearn.Core.Importing;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Stories;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Tests.Stories;

/// <summary>
/// The coach's verdict on every sample's answers, as the product builds them (canonical Markdown read by the
/// importer, measured figures from the timeline): which checks fail, per length, as written and as drafted.
/// </summary>
internal static class SampleCoaching
{
    private static readonly StarStoryBuilder Builder = new(new TemplateSource(), new TimelineFigures(new TimelineAnalyzer()));

    public static IncidentRecord Import(string slug) =>
        IncidentImporter.Read(File.ReadAllText(Path.Combine(SampleIncidents.Folder, slug + ".md"))).Record
        ?? throw new InvalidOperationException($"The sample {slug} no longer reads as canonical Markdown.");

    /// <summary>The sample with its STAR text removed, so the story is drafted from the record alone.</summary>
    public static IncidentRecord ImportWithoutStar(string slug)
    {
        var record = Import(slug);
        record.Star = new StarParts();
        return record;
    }

    public static StarStory Story(IncidentRecord record) => Builder.Build(record);

    public static IReadOnlyList<string> Failing(StarStory story, StoryVersion version) =>
        StoryCoach.CoachVersion(story, version).Checks.Where(c => !c.Passed).Select(c => c.Name).ToList();

    /// <summary>A Markdown table: one row a sample, one column a telling and length, naming the checks that fail.</summary>
    public static string Table()
    {
        var lines = new List<string>
        {
            "| sample | written, 60 s | written, 2 min | drafted, 60 s | drafted, 2 min |",
            "|---|---|---|---|---|",
        };
        var failures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var slug in SampleIncidents.Slugs)
        {
            var cells = new List<string> { slug };
            foreach (var (telling, record) in new[] { ("written", Import(slug)), ("drafted", ImportWithoutStar(slug)) })
            {
                var story = Story(record);
                foreach (var version in story.Versions)
                {
                    var failing = Failing(story, version);
                    cells.Add(failing.Count == 0 ? "–" : string.Join(", ", failing));
                    foreach (var name in failing)
                    {
                        var key = $"{telling}, {version.Length}: {name}";
                        failures[key] = failures.GetValueOrDefault(key) + 1;
                    }
                }
            }

            lines.Add("| " + string.Join(" | ", cells) + " |");
        }

        lines.Add("");
        lines.AddRange(failures.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"- {kv.Key} fails for {kv.Value} of {SampleIncidents.Slugs.Count}"));
        return string.Join('\n', lines) + "\n";
    }
}
