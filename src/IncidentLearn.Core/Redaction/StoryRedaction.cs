using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Stories;

namespace IncidentLearn.Core.Redaction;

/// <summary>Redacts what leaves the company with a STAR answer: both lengths and the follow-up answers, with one set of placeholders.</summary>
public static class StoryRedaction
{
    public static RedactionPreview Preview(StarAnswer answer, IncidentRecord record, RedactionTerms? extra = null)
    {
        var texts = new List<(string, string)> { ("short.text", answer.Short.Text), ("full.text", answer.Full.Text) };
        texts.AddRange(answer.FollowUps.Select((f, i) => ($"followUps[{i}].answer", f.Answer ?? "")).Where(t => t.Item2.Length > 0));
        return Redactor.Preview(texts, record, extra);
    }
}
