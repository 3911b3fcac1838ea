using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Reading;
using IncidentLearn.Scorecard;

namespace IncidentLearn.Core.Tests.Scorecard;

/// <summary>
/// Reads built by hand, so each test says exactly what the reader "found" and checks only the scorer.
/// </summary>
internal static class ScoredReads
{
    public static DocumentScore Score(IncidentRecord record, string expectationJson, string shape = "postmortem", params string[] drafted)
    {
        var report = new ReadReport { Shape = shape };
        report.Drafted.AddRange(drafted);
        return Scorer.Score("doc", new ReadResult(record, report), ExpectationLoader.Parse(expectationJson, "doc.expect.json"));
    }

    public static IncidentRecord WithEvents(params (string Start, string Text)[] events) =>
        new() { Title = "t", Timeline = [.. events.Select(e => new TimelineEvent { Start = e.Start, Text = e.Text })] };
}
