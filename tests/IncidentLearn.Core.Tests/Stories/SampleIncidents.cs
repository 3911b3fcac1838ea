using System.Text.RegularExpressions;
using IncidentLearn.Core;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Stories;
using YamlDotNet.Serialization;

namespace IncidentLearn.Core.Tests.Stories;

/// <summary>
/// A throwaway reader of the sample incidents' canonical Markdown, for tests only, until the real codec lands on
/// its own branch. It reads just the fields a story uses and stops at the embedded source.
/// </summary>
internal static partial class SampleIncidents
{
    public static string Folder => Path.Combine(ProjectFolders.Find("content"), "incidents");

    public static IReadOnlyList<string> Slugs => Directory.GetFiles(Folder, "*.md")
        .Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(s => s != "README").Order(StringComparer.Ordinal).ToList();

    public static IncidentRecord Load(string slug) => Read(File.ReadAllText(Path.Combine(Folder, slug + ".md")));

    /// <summary>The same record with the author's STAR text removed, so every part is drafted from the record.</summary>
    public static IncidentRecord LoadWithoutStar(string slug)
    {
        var record = Load(slug);
        record.Star = new StarParts();
        return record;
    }

    public static IncidentRecord Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var record = new IncidentRecord();
        var start = 0;
        if (lines[0] == "---")
        {
            var end = Array.IndexOf(lines, "---", 1);
            ReadFrontMatter(record, string.Join('\n', lines[1..end]));
            start = end + 1;
        }

        var sections = new List<(string Heading, List<string> Lines)>();
        foreach (var line in lines[start..])
        {
            if (line.StartsWith("## Source", StringComparison.Ordinal))
            {
                break;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                sections.Add((line[3..].Trim(), []));
            }
            else if (sections.Count > 0)
            {
                sections[^1].Lines.Add(line);
            }
        }

        foreach (var (heading, body) in sections)
        {
            Apply(record, heading.ToLowerInvariant(), body);
        }

        return record;
    }

    private static void ReadFrontMatter(IncidentRecord record, string yaml)
    {
        var map = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(yaml);
        string? S(string key) => map.TryGetValue(key, out var v) ? v?.ToString() : null;
        List<string> L(string key) => map.TryGetValue(key, out var v) && v is List<object> list ? list.Select(o => o.ToString()!).ToList() : [];
        record.Id = Guid.TryParse(S("id"), out var id) ? id : Guid.Empty;
        record.Title = S("title") ?? "";
        record.Date = DateOnly.TryParse(S("date"), out var date) ? date : null;
        record.TimeZone = S("timeZone");
        record.Authors = L("authors");
        record.Severity = S("severity");
        record.Services = L("services");
        record.Tags = L("tags");
        record.AuthorRole = S("authorRole");
        record.Prompt = S("prompt");
    }

    private static void Apply(IncidentRecord record, string heading, List<string> body)
    {
        var prose = string.Join('\n', body).Trim();
        switch (heading)
        {
            case "summary": record.Summary = prose; break;
            case "impact": record.Impact = prose; break;
            case "trigger": record.Trigger = prose; break;
            case "detection": record.Detection = prose; break;
            case "resolution": record.Resolution = prose; break;
            case "root causes": record.RootCauses = Bullets(body); break;
            case "contributing factors": record.ContributingFactors = Bullets(body); break;
            case "questions": record.Questions = Bullets(body); break;
            case "timeline": record.Timeline = Rows(body).Select(ToEvent).ToList(); break;
            case "action items": record.ActionItems = Rows(body).Select(ToActionItem).ToList(); break;
            case "lessons learned": ApplyLessons(record.Lessons, Subsections(body)); break;
            case "star": ApplyStar(record.Star, Subsections(body)); break;
            case "follow-up questions":
                record.FollowUps = Subsections(body).Select(s => new FollowUp { Question = s.Heading, Answer = s.Body }).ToList();
                break;
            default: record.Sections.Add(new FreeSection { Heading = heading, Body = prose }); break;
        }
    }

    private static void ApplyLessons(Lessons lessons, List<(string Heading, string Body)> parts)
    {
        foreach (var (heading, text) in parts)
        {
            var items = Bullets(text.Split('\n').ToList());
            (heading.ToLowerInvariant() switch
            {
                "what went well" => lessons.WentWell,
                "what went wrong" => lessons.WentWrong,
                "where we got lucky" => lessons.GotLucky,
                _ => lessons.Other,
            }).AddRange(items);
        }
    }

    private static void ApplyStar(StarParts star, List<(string Heading, string Body)> parts)
    {
        foreach (var (heading, text) in parts)
        {
            switch (heading.ToLowerInvariant())
            {
                case "situation": star.Situation = text; break;
                case "task": star.Task = text; break;
                case "action": star.Action = text; break;
                case "result": star.Result = text; break;
            }
        }
    }

    private static List<(string Heading, string Body)> Subsections(List<string> body)
    {
        var result = new List<(string Heading, List<string> Lines)>();
        foreach (var line in body)
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                result.Add((line[4..].Trim(), []));
            }
            else if (result.Count > 0)
            {
                result[^1].Lines.Add(line);
            }
        }

        return result.Select(r => (r.Heading, string.Join('\n', r.Lines).Trim())).ToList();
    }

    private static List<string> Bullets(List<string> body) =>
        body.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToList();

    private static IEnumerable<string[]> Rows(List<string> body) => body
        .Where(l => l.StartsWith('|'))
        .Skip(2)
        .Select(l => CellSeparator().Split(l.Trim().Trim('|')).Select(c => c.Replace("\\|", "|").Trim()).ToArray());

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();

    private static TimelineEvent ToEvent(string[] c) => new()
    {
        Start = c[0],
        End = Blank(c[1]),
        StatedDuration = Blank(c[2]),
        Kind = Enum.TryParse<EventKind>(c[3], ignoreCase: true, out var kind) ? kind : null,
        Actor = Blank(c[4]),
        Text = c[5],
    };

    private static ActionItem ToActionItem(string[] c) => new()
    {
        Text = c[0],
        Owner = Blank(c[1]),
        Type = Enum.TryParse<ActionType>(c[2], ignoreCase: true, out var type) ? type : null,
        Status = Enum.TryParse<ActionStatus>(c[3].Replace("-", ""), ignoreCase: true, out var status) ? status : ActionStatus.Open,
    };

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
