namespace IncidentLearn.Core.Reading.Noise;

/// <summary>Runs every piece of noise evidence over the document before its shape is recognised.</summary>
public static class NoiseClassifier
{
    private static readonly INoiseEvidence[] Evidence =
    [
        new ChromePhraseEvidence(),
        new NavigationBarEvidence(),
        new PublisherNameEvidence(),
        new PageDescriptionEvidence(),
        new AuthorBioEvidence(),
        new RepeatedLineEvidence(),
        new ChatClientEvidence(),
        new MdxCodeEvidence(),
        new InterviewCoachingEvidence(),
        new CommentsEvidence(),
    ];

    public static NoiseMarks Classify(SourceDocument document)
    {
        var marks = new NoiseMarks(document);
        foreach (var evidence in Evidence)
        {
            evidence.Mark(marks);
        }

        return marks;
    }
}
