using IncidentLearn.Core.Stories;

namespace IncidentLearn.Core.Tests.Stories;

public sealed class StoryCoachTests
{
    private static readonly StarStoryBuilder Builder = new(new TemplateSource());

    private static StoryCoaching CoachOf(Action<IncidentLearn.Core.Incidents.StarParts> star) =>
        StoryCoach.Coach(Builder.Build(CraftedRecords.Queue(star)));

    private static CoachingCheck Check(StoryCoaching coaching, string name) => coaching.Checks.Single(c => c.Name == name);

    /// <summary>A check of a sample's story as the product builds it (measured timeline figures included).</summary>
    private static CoachingCheck Check(IncidentLearn.Core.Incidents.IncidentRecord sample, string name) =>
        Check(StoryCoach.Coach(SampleCoaching.Story(sample)), name);

    [Fact]
    public void AnActionToldAllInWeIsFlagged()
    {
        var coaching = CoachOf(s => (s.Situation, s.Task, s.Action, s.Result) =
            (CraftedRecords.Situation, CraftedRecords.Task, CraftedRecords.OursAction, CraftedRecords.ResultWithFigures));

        var check = Check(coaching, "i-versus-we");
        Assert.False(check.Passed);
        Assert.Equal(0, coaching.FirstPersonInAction);
        Assert.Equal(7, coaching.WeInAction);
        Assert.Contains("\"we\" 7 times", check.Message);
    }

    [Fact]
    public void AnActionToldInTheFirstPersonPasses()
    {
        var coaching = CoachOf(s => (s.Situation, s.Task, s.Action, s.Result) =
            (CraftedRecords.Situation, CraftedRecords.Task, CraftedRecords.MineAction, CraftedRecords.ResultWithFigures));

        Assert.True(Check(coaching, "i-versus-we").Passed);
        Assert.Equal(6, coaching.FirstPersonInAction);
        Assert.Equal(0, coaching.WeInAction);
    }

    [Fact]
    public void AResultWithNoFigureIsFlagged()
    {
        var record = CraftedRecords.Queue(s => (s.Situation, s.Task, s.Action, s.Result) =
            (CraftedRecords.Situation, CraftedRecords.Task, CraftedRecords.MineAction, CraftedRecords.ResultWithoutFigures));
        var coaching = StoryCoach.Coach(Builder.Build(record));

        var check = Check(coaching, "quantified-result");
        Assert.False(check.Passed);
        Assert.Empty(coaching.ResultFigures);
        Assert.Contains("no figure", check.Message);
    }

    [Fact]
    public void AResultFigureIsReportedWithItsSource()
    {
        var coaching = CoachOf(s => (s.Situation, s.Task, s.Action, s.Result) =
            (CraftedRecords.Situation, CraftedRecords.Task, CraftedRecords.MineAction, CraftedRecords.ResultWithFigures));

        Assert.True(Check(coaching, "quantified-result").Passed);
        Assert.Contains(coaching.ResultFigures, f => f.Value == 5800 && f.Unit == "orders" && f.Source == "stated" && f.Field == "star.result");
        Assert.Contains(coaching.ResultFigures, f => f.Value == 30 && f.Label == "duration");
    }

    [Fact]
    public void AMissingTaskIsFlaggedWhenTheRecordNamesNoRole()
    {
        var record = CraftedRecords.Queue(s => (s.Situation, s.Action, s.Result) =
            (CraftedRecords.Situation, CraftedRecords.MineAction, CraftedRecords.ResultWithFigures));
        record.AuthorRole = null;
        var coaching = StoryCoach.Coach(Builder.Build(record));

        var task = Check(coaching, "task");
        Assert.False(task.Passed);
        Assert.StartsWith("Task is missing", task.Message);
        Assert.True(Check(coaching, "situation").Passed);
    }

    [Fact]
    public void ATaskThatRepeatsTheSituationIsFlagged()
    {
        var coaching = CoachOf(s => (s.Situation, s.Task, s.Action, s.Result) =
            (CraftedRecords.Situation, CraftedRecords.Situation, CraftedRecords.MineAction, CraftedRecords.ResultWithFigures));

        var task = Check(coaching, "task");
        Assert.False(task.Passed);
        Assert.Contains("restates the situation", task.Message);
    }

    [Fact]
    public void TheActionShareAndSpeakingTimePerPartAreCounted()
    {
        var story = Builder.Build(CraftedRecords.Queue(s => (s.Situation, s.Task, s.Action, s.Result) =
            (CraftedRecords.Situation, CraftedRecords.Task, CraftedRecords.MineAction, CraftedRecords.ResultWithFigures)));
        var coaching = StoryCoach.Coach(story);

        // 25 + 14 + 82 + 18 words, as written (counted by hand).
        Assert.Equal(25, story.Full.Parts["situation"].Words);
        Assert.Equal(14, story.Full.Parts["task"].Words);
        Assert.Equal(82, story.Full.Parts["action"].Words);
        Assert.Equal(18, story.Full.Parts["result"].Words);
        Assert.Equal(35, story.Full.Parts["action"].Seconds);
        Assert.Equal(0.59, coaching.ActionShare);
        Assert.True(Check(coaching, "action-share").Passed);
    }

    [Fact]
    public void HedgingWordsAreNamed()
    {
        var coaching = CoachOf(s => (s.Situation, s.Task, s.Action, s.Result) =
            (CraftedRecords.Situation, CraftedRecords.Task, "I think I probably restarted the consumers and sort of fixed the secret.", CraftedRecords.ResultWithFigures));

        var check = Check(coaching, "hedging");
        Assert.False(check.Passed);
        Assert.Equal(["i think", "probably", "sort of"], coaching.Hedges);
    }

    [Fact]
    public void WhenTheRecordSaysTooLittleAboutWhatWasDoneTheCoachNamesWhatToAdd()
    {
        var check = Check(SampleCoaching.ImportWithoutStar("lifecycle-rule-deleted-uploads"), "action-share");

        Assert.False(check.Passed);
        Assert.Matches(@"The record tells only about 98 words of what was done, and this answer needs about \d+ more words on what you did\.", check.Message);
        // Hannah's own entry is third-person, and the restore was logged with no one doing it.
        Assert.Contains("“Hannah finds delete markers on objects outside `tmp/`…”): start it with what you did", check.Message);
        Assert.Contains("“Restore job starts after a test on 1,000…”", check.Message);
        Assert.Contains("make yourself the actor of those you did", check.Message);
    }

    [Fact]
    public void ADraftThatCannotSayIBecauseTheRecordNamesNoAuthorSaysSo()
    {
        var check = Check(SampleCoaching.ImportWithoutStar("recommendation-feature-skew"), "i-versus-we");

        Assert.False(check.Passed);
        Assert.StartsWith("The action never says \"I\": the record does not say what you did. The record names no author", check.Message);
        Assert.Contains("“Old name added back as an alias; click-through…”): if you did it, make yourself its actor.", check.Message);
    }

    [Fact]
    public void AnAuthorsOwnActionThatIsTooShortIsToldHowManyWordsToMove()
    {
        var check = Check(SampleCoaching.Import("rabbitmq-memory-alarm"), "action-share");

        Assert.Equal("The action is 46 % of the 2-minute answer (127 words, about 54 s); aim for 50–60 %: "
            + "add about 23 words on what you did, or cut as many from the situation, task and result.", check.Message);
    }

    [Fact]
    public void AnActionThatCrowdsOutTheRestIsToldHowMuchToCut()
    {
        var coaching = CoachOf(s => (s.Situation, s.Task, s.Action, s.Result) =
            ("Checkout failed on a Friday night.", CraftedRecords.Task, CraftedRecords.MineAction, "Nothing was lost in 30 minutes."));

        var check = Check(coaching, "action-share");

        Assert.False(check.Passed);
        Assert.Matches(@": cut about \d+ words from the action, or say more about the situation and the result\.$", check.Message);
    }
}
