using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Noise;

/// <summary>Text about the page rather than the incident: "These cards review…", "This article was republished…".</summary>
public sealed partial class PageDescriptionEvidence : INoiseEvidence
{
    public void Mark(NoiseMarks marks)
    {
        var lines = marks.Document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var content = lines[i].Content;
            if (!lines[i].IsBlank && content.Length <= 400 && AboutThePage().IsMatch(content))
            {
                marks.Drop(i, DropKind.PageDescription, "describes the page, not the incident");
            }
        }
    }

    [GeneratedRegex(@"^(?:these (?:flash)?cards|this (?:deck|quiz|study set|set of cards|flashcard set)|this (?:article|post|story) (?:was|is|has been) (?:originally |first )?(?:republished|published|reprinted|syndicated|shared)|this (?:article|post|story|piece) (?:was|is) (?:originally|first) (?:an?|from|posted|written)\b|in this (?:deck|quiz|set)|you can republish|republished (?:with permission|under)|to republish)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AboutThePage();
}
