using IncidentLearn.Core.CanonicalFormat;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Tests.Markdown;

public class CanonicalMarkdownExampleTests
{
    [Fact]
    public void TheDocumentedExampleReadsWithoutProblems()
    {
        var result = CanonicalMarkdown.Read(DocumentedExample.Text);

        Assert.Empty(result.Problems);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void TheDocumentedExampleRoundTripsUnchanged()
    {
        var record = CanonicalMarkdown.Read(DocumentedExample.Text).Record;

        Assert.NotNull(record);
        Assert.Equal(DocumentedExample.Text, CanonicalMarkdown.Write(record));
    }

    [Fact]
    public void TheDocumentedExampleFillsEveryField()
    {
        var r = CanonicalMarkdown.Read(DocumentedExample.Text).Record!;

        Assert.Equal(Guid.Parse("7d1f6a52-3c1e-4f0b-9a57-2f0f7f3c9b10"), r.Id);
        Assert.Equal("Checkout latency after the Redis failover", r.Title);
        Assert.Equal(new DateOnly(2025, 3, 4), r.Date);
        Assert.Equal("Europe/Berlin", r.TimeZone);
        Assert.Equal(["Mira Jansen", "Tomás Ortega"], r.Authors);
        Assert.Equal(IncidentStatus.Published, r.Status);
        Assert.Equal("SEV2", r.Severity);
        Assert.Equal(["checkout", "redis-sessions"], r.Services);
        Assert.Equal(["caching", "failover"], r.Tags);
        Assert.Equal("On-call engineer for checkout", r.AuthorRole);
        Assert.StartsWith("Tell me about a time", r.Prompt);
        Assert.StartsWith("A planned Redis failover", r.Summary);
        Assert.StartsWith("About 12 000 checkouts", r.Impact);
        Assert.Equal(2, r.RootCauses.Count);
        Assert.Equal("A planned failover at 14:02.", r.Trigger);
        Assert.Equal("The checkout latency alert fired at 14:09.", r.Detection);
        Assert.StartsWith("Traffic was pinned back", r.Resolution);
        Assert.Equal(["The runbook skipped the warm-up step."], r.ContributingFactors);

        Assert.Equal(3, r.Timeline.Count);
        var first = r.Timeline[0];
        Assert.Equal(("14:02", null, null, EventKind.Impact, null, "Failover started"),
            (first.Start, first.End, first.StatedDuration, first.Kind, first.Actor, first.Text));
        var third = r.Timeline[2];
        Assert.Equal(("14:15", "14:40", "25 minutes", EventKind.Mitigation, "Mira"), (third.Start, third.End, third.StatedDuration, third.Kind, third.Actor));

        Assert.Equal(2, r.ActionItems.Count);
        var action = r.ActionItems[0];
        Assert.Equal(("Mira", ActionType.Prevent, ActionStatus.Done, new DateOnly(2025, 3, 11)), (action.Owner, action.Type, action.Status, action.Due));
        Assert.Null(r.ActionItems[1].Due);

        Assert.Equal(["The alert fired within seven minutes."], r.Lessons.WentWell);
        Assert.Equal(["Nobody had rehearsed the failover."], r.Lessons.WentWrong);
        Assert.Equal(["It happened outside the evening peak."], r.Lessons.GotLucky);
        Assert.Empty(r.Lessons.Other);
        Assert.StartsWith("Checkout slowed", r.Star.Situation);
        Assert.StartsWith("As on-call", r.Star.Task);
        Assert.StartsWith("I pinned traffic", r.Star.Action);
        Assert.StartsWith("Latency was normal", r.Star.Result);
        Assert.Equal("What would you do differently?", Assert.Single(r.FollowUps).Question);
        Assert.Equal(["Why was the replica cold?"], r.Questions);
        var notes = Assert.Single(r.Sections);
        Assert.Equal(("Customer communication", "Support posted a status update at 14:20."), (notes.Heading, notes.Body));
        Assert.Equal("(the text this record was read from, verbatim)", r.SourceText);
    }
}
