using IncidentLearn.Core.Incidents;
using IncidentLearn.Scorecard;

namespace IncidentLearn.Core.Tests.Scorecard;

public sealed class FigureScoringTests
{
    private static IncidentRecord Outage() => new()
    {
        Title = "Checkout outage",
        Date = new DateOnly(2024, 3, 1),
        TimeZone = "UTC",
        Timeline =
        [
            new TimelineEvent { Start = "15:10", Text = "Checkout errors begin", Kind = EventKind.Impact },
            new TimelineEvent { Start = "15:20", Text = "Deploy rolled back", Kind = EventKind.Mitigation },
            new TimelineEvent { Start = "15:40", Text = "Error rate back to normal", Kind = EventKind.Resolution },
        ],
    };

    [Fact]
    public void FiguresAgreeWithTheTimelineByClockDigitsAndWithinTwoMinutes()
    {
        var score = ScoredReads.Score(Outage(), """{ "zone": "utc", "figures": { "durationMinutes": 29, "impactStart": "3:10 PM", "impactEnd": "15:40" } }""");

        Assert.Equal(new FieldCounts(3, 0, 0), score.Fields["figures"]);
        Assert.Equal(new FieldCounts(1, 0, 0), score.Fields["zone"]);
    }

    [Fact]
    public void FiguresTheReadGetsWrongAreMissesThatSayWhatWasRead()
    {
        var score = ScoredReads.Score(Outage(), """{ "figures": { "durationMinutes": 60, "impactStart": "15:00" } }""");

        Assert.Equal(new FieldCounts(0, 2, 2), score.Fields["figures"]);
        Assert.Contains(score.Misses, m => m.Message == "impactStart: expected 15:00, read 15:10");
    }
}
