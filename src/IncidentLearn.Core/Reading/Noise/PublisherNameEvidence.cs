using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Noise;

/// <summary>
/// Learns the publisher's name from bylines and copyright lines ("© 2025 Ops Journal", "Written by Ops Journal,")
/// and drops lines that are only that name, wherever the page printed it.
/// </summary>
public sealed partial class PublisherNameEvidence : INoiseEvidence
{
    public void Mark(NoiseMarks marks)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in marks.Document.Lines)
        {
            if (line.IsBlank || line.Content.Length > 200)
            {
                continue;
            }

            var match = Byline().Match(line.Content);
            if (match.Success && match.Groups["name"].Value.Trim().TrimEnd('.') is { Length: >= 4 and <= 60 } name)
            {
                names.Add(name);
            }
        }

        if (names.Count == 0)
        {
            return;
        }

        for (var i = 0; i < marks.Document.Lines.Count; i++)
        {
            var content = marks.Document.Lines[i].Content.Trim('*', '_', ' ', '#');
            if (content.Length > 0 && names.Contains(content))
            {
                marks.Drop(i, DropKind.Author, "the publisher's name, not part of the story");
            }
        }
    }

    [GeneratedRegex(@"^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?<name>[^.,|]{2,60})|^(?:written|published|posted) by (?<name>[^.,|]{2,60})|^(?:originally published (?:in|on|by|at)|original source:?|source:) (?<name>[^.,|]{2,60})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Byline();
}
