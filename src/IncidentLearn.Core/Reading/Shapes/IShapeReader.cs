namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>
/// One shape of write-up: says how well it explains a document (0 = not at all, 1 = every sign present), and
/// when chosen fills the record from it, marking the lines it used so the rest can be judged.
/// </summary>
public interface IShapeReader
{
    string Shape { get; }

    double Score(ReadContext context);

    void Extract(ReadContext context);
}
