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
}
