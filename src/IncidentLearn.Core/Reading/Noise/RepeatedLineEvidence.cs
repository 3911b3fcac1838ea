namespace IncidentLearn.Core.Reading.Noise;

/// <summary>
/// Lines printed again verbatim: the later copy is dropped (the first keeps the words). A short banner printed
/// twice in a row, away from the top, is a site name: both copies go.
/// </summary>
public sealed class RepeatedLineEvidence : INoiseEvidence
{
    public void Mark(NoiseMarks marks)
    {
        var lines = marks.Document.Lines;
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstContentIndex = -1;
        var previousContentIndex = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            firstContentIndex = firstContentIndex < 0 ? i : firstContentIndex;
            // Among a chat's messages two people may well write the same words; that is no page printing itself twice.
            var key = marks.Chat?.IsAmongMessages(i) == true ? null : Key(line);
            if (key is not null && !firstSeen.TryAdd(key, i))
            {
                var first = firstSeen[key];
                marks.DropCopy(i, DropKind.Repeat, $"repeats line {lines[first].Number} verbatim");
                if (first == previousContentIndex && first != firstContentIndex && IsBanner(line))
                {
                    marks.Drop(first, DropKind.Repeat, $"a banner printed twice in a row (again at line {line.Number})");
                }
            }

            previousContentIndex = i;
        }
    }

    /// <summary>Only lines with words repeat meaningfully; rules, table borders and bare labels repeat by design.</summary>
    private static string? Key(SourceLine line)
    {
        var content = line.FoldedContent.Trim();
        if (content.Length < 12 || content.EndsWith(':') || content.StartsWith('|') || content.Count(char.IsLetter) < 8 || !content.Contains(' '))
        {
            return null;
        }

        return content;
    }

    private static bool IsBanner(SourceLine line)
    {
        var content = line.Content.Trim();
        return line.WordCount <= 6 && !content.Any(char.IsDigit) && content[^1] is not ('.' or '?' or '!' or ':');
    }
}
