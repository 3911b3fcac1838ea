using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Noise;

/// <summary>
/// An author or school bio ("Maria Lopez is a graduate student at …") sitting among dropped page chrome: it
/// is about the writer, not the incident. Without chrome nearby it is left alone.
/// </summary>
public sealed partial class AuthorBioEvidence : INoiseEvidence
{
    private const int Nearby = 3;

    public void Mark(NoiseMarks marks)
    {
        var lines = marks.Document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.WordCount > 40 || !Bio().IsMatch(line.Content.Trim()))
            {
                continue;
            }

            var chromeBefore = Enumerable.Range(Math.Max(0, i - Nearby), Math.Min(Nearby, i)).Any(marks.IsDropped);
            if (chromeBefore)
            {
                marks.Drop(i, DropKind.Author, "an author bio, not part of the story");
            }
        }
    }

    [GeneratedRegex(@"^(?:[A-Z][\p{L}.'-]+ ){1,3}(?:is|was) (?:an? |the )?(?:[\p{L}-]+ ){0,4}(?:student|engineer|writer|editor|professor|lecturer|developer|researcher|consultant|author|journalist|founder|manager|architect|teacher|graduate)\b", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Bio();
}
