using System.Globalization;
using IncidentLearn.Core.Incidents;
using YamlDotNet.Serialization;

namespace IncidentLearn.Core.Reading.Sections;

/// <summary>YAML front matter ("---" … "---") read into the record's metadata; a malformed block is reported, never thrown.</summary>
public static class FrontMatter
{
    /// <summary>Returns the index of the first line after the front matter (0 when there is none).</summary>
    public static int Read(ReadContext context)
    {
        var lines = context.Lines;
        if (lines.Count < 2 || lines[0].Text != "---")
        {
            return 0;
        }

        var end = 1;
        while (end < lines.Count && lines[end].Text is not ("---" or "..."))
        {
            end++;
        }

        if (end >= lines.Count)
        {
            return 0;
        }

        context.Consume(lines.Take(end + 1));
        var yaml = string.Join('\n', lines.Skip(1).Take(end - 1).Select(l => l.Text));
        try
        {
            var values = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(yaml);
            if (values is not null)
            {
                Apply(context.Record, values);
            }
        }
        catch (Exception error) when (error is YamlDotNet.Core.YamlException or InvalidCastException or ArgumentException)
        {
            context.Warn($"The front matter (lines 1-{end + 1}) is not valid YAML, so its fields were not read: {error.Message}");
        }

        return end + 1;
    }

    private static void Apply(IncidentRecord record, Dictionary<string, object?> values)
    {
        foreach (var (key, value) in values)
        {
            switch (key.ToLowerInvariant())
            {
                case "title": record.Title = Text(value); break;
                case "date" when DateOnly.TryParse(Text(value).Split(' ', 'T')[0], CultureInfo.InvariantCulture, out var date): record.Date = date; break;
                case "authors" or "author": record.Authors.AddRange(List(value)); break;
                case "status": record.Status = Text(value).ToLowerInvariant() switch { "published" or "final" or "complete" => IncidentStatus.Published, "in review" or "in-review" or "review" => IncidentStatus.InReview, _ => IncidentStatus.Draft }; break;
                case "severity" or "sev" or "priority": record.Severity = Text(value); break;
                case "services" or "service": record.Services.AddRange(List(value)); break;
                case "tags" or "labels": record.Tags.AddRange(List(value)); break;
                case "timezone" or "time_zone" or "tz": record.TimeZone = Text(value); break;
                case "summary": record.Summary ??= Text(value); break;
            }
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        IEnumerable<object> list => string.Join(", ", list.Select(Text)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };

    private static IEnumerable<string> List(object? value) => value switch
    {
        string s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        IEnumerable<object> list => list.Select(Text).Where(t => t.Length > 0),
        _ => [],
    };
}
