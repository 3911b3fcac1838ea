using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Stories;

namespace IncidentLearn.Core.Tests.Stories;

/// <summary>A drafted action says "I" only for what the record says the author did, and tells only what was done.</summary>
public sealed class DraftedActionTests
{
    private static readonly StarStoryBuilder Builder = new(new TemplateSource());

    private static StarStory Drafted(string slug) => Builder.Build(SampleIncidents.LoadWithoutStar(slug));

    [Fact]
    public void ADraftSaysIFoundTheCauseOnlyWhenTheAuthorDiagnosedIt()
    {
        // Amara was incident commander; Felix noticed the key ID that gave the cause away.
        var byOthers = Drafted("jwt-key-rotation-401s");
        var byAuthor = Drafted("lifecycle-rule-deleted-uploads");

        Assert.DoesNotContain("I found the cause", byOthers.Full.Action);
        Assert.Contains("The cause turned out to be this:", byOthers.Full.Action);
        Assert.Contains("I found the cause:", byAuthor.Full.Action);
    }

    [Fact]
    public void FinishedActionItemsAreToldAsTheirOwnersWork()
    {
        var record = CraftedRecords.Queue();
        record.ActionItems =
        [
            new() { Text = "Alert when any queue with traffic has zero consumers", Owner = "Lena", Status = ActionStatus.Done },
            new() { Text = "Publish order events through a local outbox", Status = ActionStatus.Done },
            new() { Text = "Rotate the SMTP secret with a rolling restart", Owner = "Dmitri", Status = ActionStatus.Done },
            new() { Text = "Add a runbook for shovelling a queue", Owner = "Lena", Status = ActionStatus.Open },
            new() { Text = "Purge old queues by hand", Owner = "Lena", Status = ActionStatus.WontDo },
        ];

        var story = Builder.Build(record);
        var afterwards = story.Full.Sentences.Where(s => s.Field == "actionItems").ToDictionary(s => s.Part, s => s.Text);

        Assert.Equal("Afterwards I made one change: alert when any queue with traffic has zero consumers. "
            + "The team made one more: publish order events through a local outbox.", afterwards["action"]);
        // Dmitri's finished item is his, so the list is agreed together, not taken on by the author.
        Assert.Equal("Afterwards we agreed on these changes: rotate the SMTP secret with a rolling restart; and add a runbook for shovelling a queue.", afterwards["result"]);
        Assert.DoesNotContain("Purge old queues", story.Full.Text);
    }

    [Fact]
    public void LessonsThatWentWellAreNotToldAsThingsDone()
    {
        var story = Drafted("postgres-wal-disk-full");

        Assert.DoesNotContain(story.Full.Sentences, s => s.Field.StartsWith("lessons", StringComparison.Ordinal));
        Assert.DoesNotContain("Growing the volume while waiting", story.Full.Text);
    }

    [Fact]
    public void TheAuthorsLoggedDecisionIsToldAsTheirs()
    {
        var story = Drafted("global-rate-limit-config-push");

        Assert.Contains("I decided to revert through the pusher instead of hand-editing one region to test a theory.", story.Full.Action);
    }

    [Fact]
    public void AnImpactFigureWithItsOwnVerbIsToldAsWritten()
    {
        var story = Drafted("cdn-cached-private-pages");
        var charges = Drafted("duplicate-card-charges");

        Assert.StartsWith("1,262 customers had their account page", story.Full.Result);
        Assert.StartsWith("In all, the impact came to 212 duplicate card charges worth €31,480", charges.Full.Result);
    }
}
