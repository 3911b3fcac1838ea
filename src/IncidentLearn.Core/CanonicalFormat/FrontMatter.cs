using System.Globalization;
using System.Text;
using IncidentLearn.Core.Incidents;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IncidentLearn.Core.CanonicalFormat;

/// <summary>The YAML front matter: the record's scalar and list fields, in the documented key order.</summary>
internal static class FrontMatter
{
    public const string DateFormat = "yyyy-MM-dd";

    private static readonly string[] Keys =
        ["id", "title", "date", "timeZone", "authors", "status", "severity", "services", "tags", "authorRole", "prompt"];

    /// <summary>The front matter block, fences included, of a normalised record.</summary>
    public static string Write(IncidentRecord record)
    {
        var builder = new StringBuilder("---\n");
        if (record.Id != Guid.Empty)
            Formatted("id", record.Id.ToString("D"));
        Scalar("title", record.Title);
        Formatted("date", record.Date?.ToString(DateFormat, CultureInfo.InvariantCulture));
        Scalar("timeZone", record.TimeZone);
        List("authors", record.Authors);
        Formatted("status", EnumWords.Write(record.Status));
        Scalar("severity", record.Severity);
        List("services", record.Services);
        List("tags", record.Tags);
        Scalar("authorRole", record.AuthorRole);
        Scalar("prompt", record.Prompt);
        return builder.Append("---").ToString();

        void Scalar(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                builder.Append(key).Append(": ").Append(YamlScalar.Write(value)).Append('\n');
        }

        // GUIDs, dates and enum words are written bare, as the example shows; YAML keeps them as the same text.
        void Formatted(string key, string? value)
        {
            if (value is not null)
                builder.Append(key).Append(": ").Append(value).Append('\n');
        }

        void List(string key, List<string> values)
        {
            if (values.Count == 0)
                return;
            builder.Append(key).Append(":\n");
            foreach (var value in values)
                builder.Append("- ").Append(YamlScalar.Write(value)).Append('\n');
        }
    }

    /// <summary>
    /// Reads the YAML between the fences into <paramref name="record"/>. <paramref name="firstLine"/> is the
    /// file's line number of the YAML's first line, so problems point at the file, not at the YAML.
    /// </summary>
    public static void Read(string yaml, int firstLine, IncidentRecord record, List<MarkdownProblem> problems)
    {
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
                return;
            root = stream.Documents[0].RootNode as YamlMappingNode;
            if (root is null)
            {
                problems.Add(new("frontMatter", firstLine, "The front matter must be a list of \"key: value\" lines."));
                return;
            }
        }
        catch (YamlException ex)
        {
            problems.Add(new("frontMatter", LineOf(ex.Start, firstLine), $"The front matter is not valid YAML: {Reason(ex)}"));
            return;
        }
        catch (Exception)
        {
            // YamlDotNet throws InvalidOperationException on some broken input (an unclosed "[" for one).
            problems.Add(new("frontMatter", LineOf(LastReadableMark(yaml), firstLine), "The front matter is not valid YAML."));
            return;
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var canonical = Keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            var line = LineOf(valueNode.Start, firstLine);
            if (canonical is null)
            {
                problems.Add(new(key.Length == 0 ? "frontMatter" : key, LineOf(keyNode.Start, firstLine),
                    $"\"{key}\" is not a front matter key; the keys are {string.Join(", ", Keys)}."));
                continue;
            }

            if (canonical is "authors" or "services" or "tags")
            {
                var items = ReadList(canonical, valueNode, firstLine, problems);
                switch (canonical)
                {
                    case "authors": record.Authors = items; break;
                    case "services": record.Services = items; break;
                    default: record.Tags = items; break;
                }

                continue;
            }

            if (valueNode is not YamlScalarNode scalar)
            {
                problems.Add(new(canonical, line, $"\"{canonical}\" must be a single value, not a list or a mapping."));
                continue;
            }

            var value = ValueOf(scalar);
            if (value is null)
                continue;

            switch (canonical)
            {
                case "id":
                    if (Guid.TryParse(value, out var id))
                        record.Id = id;
                    else
                        problems.Add(new("id", line, $"\"{value}\" is not a GUID (like 7d1f6a52-3c1e-4f0b-9a57-2f0f7f3c9b10)."));
                    break;
                case "title": record.Title = value; break;
                case "date":
                    if (DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        record.Date = date;
                    else
                        problems.Add(new("date", line, $"\"{value}\" is not a date written as YYYY-MM-DD."));
                    break;
                case "timeZone": record.TimeZone = value; break;
                case "status":
                    if (EnumWords.TryRead<IncidentStatus>(value, out var status))
                        record.Status = status;
                    else
                        problems.Add(new("status", line, $"\"{value}\" is not a status; use one of {EnumWords.List<IncidentStatus>()}."));
                    break;
                case "severity": record.Severity = value; break;
                case "authorRole": record.AuthorRole = value; break;
                case "prompt": record.Prompt = value; break;
            }
        }
    }

    private static List<string> ReadList(string key, YamlNode node, int firstLine, List<MarkdownProblem> problems)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return ValueOf(scalar) is { } single ? [single] : [];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (sequence.Children[i] is YamlScalarNode item)
                    {
                        if (ValueOf(item) is { } value)
                            items.Add(value);
                    }
                    else
                    {
                        problems.Add(new($"{key}[{i}]", LineOf(sequence.Children[i].Start, firstLine), "A list item must be a single value."));
                    }
                }

                return items;
            default:
                problems.Add(new(key, LineOf(node.Start, firstLine), $"\"{key}\" must be a list of \"- item\" lines."));
                return [];
        }
    }

    /// <summary>A scalar's text; an empty value or an unquoted null (~, null) means "not given".</summary>
    private static string? ValueOf(YamlScalarNode scalar)
    {
        var value = scalar.Value;
        if (string.IsNullOrEmpty(value))
            return null;
        if (scalar.Style is ScalarStyle.Plain && value is "~" or "null" or "Null" or "NULL")
            return null;
        return value;
    }

    /// <summary>Where the YAML stops making sense: the end of the last event YamlDotNet could still read.</summary>
    private static Mark LastReadableMark(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
                last = parser.Current?.End ?? last;
        }
        catch (Exception)
        {
            // Expected: this runs only on input that failed to load.
        }

        return last;
    }

    private static int LineOf(Mark mark, int firstLine) => firstLine + Math.Max(0, (int)mark.Line - 1);

    /// <summary>YamlDotNet's message without its own position prefix, since the problem carries the line.</summary>
    private static string Reason(YamlException ex)
    {
        var message = ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
