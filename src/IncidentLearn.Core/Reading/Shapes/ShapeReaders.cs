namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>Every shape the reader knows, in one place; adding a shape is adding a line here.</summary>
public static class ShapeReaders
{
    public static IReadOnlyList<IShapeReader> All { get; } =
    [
        new PostmortemReader(),
        new StarLabelReader(),
        new OutlineReader(),
        new TimeLogReader(),
        new ChatLogReader(),
        new NarrativeReader(),
        new ArticleReader(),
        new PlainReader(),
    ];
}
