using System.Globalization;
using IncidentLearn.Core.Incidents;
using YamlDotNet.Serialization;

namespace IncidentLearn.Core.Reading.Sections;

/// <summary>YAML front matter ("---" … "---") read into the record's metadata; a malformed block is reported, never thrown.</summary>
public static class FrontMatter
{
    /// <summary>
    /// How many lines at the top are front matter: a YAML block between "---" lines or a TOML block between "+++"
    /// lines (as static-site generators write them); 0 when there is none.
    /// </summary>
    public static int Length(IReadOnlyList<SourceLine> lines)
    {
        if (lines.Count < 2 || lines[0].Text is not ("---" or "+++"))
        {
            return 0;
        }

        var fence = lines[0].Text;
        for (var end = 1; end < lines.Count; end++)
        {
            if (lines[end].Text == fence || (fence == "---" && lines[end].Text == "..."))
            {
                return end + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Reads the source's front matter into the record's metadata (its title over any a reader found); the lines
    /// themselves are hidden from the shape readers, since metadata is no part of the story.
    /// </summary>
    public static void Read(ReadContext context)
    {
        var lines = context.Document.Lines;
        var length = Length(lines);
        if (length == 0)
        {
            return;
        }

        var body = lines.Skip(1).Take(length - 2).Select(l => l.Text).ToList();
        if (lines[0].Text == "+++")
        {
            Apply(context.Record, TomlValues(body));
            return;
        }

        try
        {
            var values = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(string.Join('\n', body));
            if (values is not null)
            {
                Apply(context.Record, values);
            }
        }
        catch (Exception error) when (error is YamlDotNet.Core.YamlException or InvalidCastException or ArgumentException)
        {
            context.Warn($"The front matter (lines 1-{length}) is not valid YAML, so its fields were not read: {error.Message}");
        }
    }

    // The top-level "key = value" lines of a TOML block; tables ("[extra]") and what follows them are the site's own.
    private static Dictionary<string, object?> TomlValues(List<string> body)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in body.TakeWhile(l => !l.TrimStart().StartsWith('[')))
        {
            var equals = line.IndexOf('=');
            if (equals > 0)
            {
                var value = line[(equals + 1)..].Trim();
                values[line[..equals].Trim()] = value.StartsWith('[')
                    ? value.Trim('[', ']').Split(',').Select(v => (object)v.Trim().Trim('"', '\'')).ToList()
                    : value.Trim('"', '\'');
            }
        }

        return values;
    }

    private static void Apply(IncidentRecord record, Dictionary<string, object?> values)
    {
        foreach (var (key, value) in values)
        {
            switch (key.ToLowerInvariant())
            {
                case "title" when Text(value).Length > 0: record.Title = Text(value); break;
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
