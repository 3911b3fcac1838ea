namespace IncidentLearn.Core.Reading.Noise;

/// <summary>One kind of evidence that a line is page furniture rather than part of the write-up.</summary>
public interface INoiseEvidence
{
    void Mark(NoiseMarks marks);
}
