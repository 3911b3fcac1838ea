using IncidentLearn.Core.Reading.Labels;

namespace IncidentLearn.Core.Tests.Reading;

public sealed class SectionVocabularyTests
{
    [Theory]
    [InlineData("## 3. Impact", LabelField.Impact)]
    [InlineData("III. Root Cause Analysis", LabelField.RootCause)]
    [InlineData("Summary ##", LabelField.Summary)]
    [InlineData("Timeline (all times UTC)", LabelField.Timeline)]
    [InlineData("Corrective Actions:", LabelField.ActionItems)]
    [InlineData("Remediation & Prevention", LabelField.ActionItems)]
    [InlineData("What happened?", LabelField.Summary)]
    [InlineData("Step 2: Detection", LabelField.Detection)]
    [InlineData("Follow-ups", LabelField.ActionItems)]
    public void HeadingsAreFoundWhateverTheirNumberingAndPunctuation(string heading, LabelField field) =>
        Assert.Equal(field, LabelVocabulary.Find(heading));

    [Theory]
    [InlineData("The Unexpected Roadblock")]
    [InlineData("2019 was a busy year")]
    public void HeadingsOutsideTheVocabularyAreNotFields(string heading) =>
        Assert.Null(LabelVocabulary.Find(heading));

    [Theory]
    [InlineData("What was the impact identified?", new[] { LabelField.Impact })]
    [InlineData("Root cause of the outage", new[] { LabelField.RootCause })]
    [InlineData("Problem Description, Impact, and Resolution", new[] { LabelField.Summary, LabelField.Impact, LabelField.Resolution })]
    [InlineData("Summary of resolution", new[] { LabelField.Resolution })]
    [InlineData("Timeline tldr; (UTC)", new[] { LabelField.Timeline })]
    [InlineData("Long-term improvements", new[] { LabelField.ActionItems })]
    [InlineData("What didn't work", new[] { LabelField.WentWrong })]
    [InlineData("Why", new[] { LabelField.RootCause })]
    [InlineData("So what happened?", new[] { LabelField.Summary })]
    [InlineData("Mitigation Steps and Recommended Future Preventative Measures", new[] { LabelField.ImmediateResponse, LabelField.ActionItems })]
    public void HeadingsNameTemplatePartsInTheirOwnWords(string heading, LabelField[] parts) =>
        Assert.Equal(parts, LabelVocabulary.NamedIn(heading));

    [Theory]
    [InlineData("The Phone Call That Changed Everything")]
    [InlineData("Are we there yet")]
    [InlineData("It started on a Friday afternoon when our biggest customer called the support line and asked why nothing worked")]
    public void HeadingsThatNameNoPartNameNone(string heading) =>
        Assert.Empty(LabelVocabulary.NamedIn(heading));
}
