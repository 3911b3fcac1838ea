namespace IncidentLearn.Core.Pdf;

/// <summary>A piece of a document that lays itself out from the composer's cursor down, breaking pages as it needs.</summary>
public interface IPdfComponent
{
    void Compose(PdfComposer composer);
}

/// <summary>Children one under another, with a gap between them.</summary>
public sealed class PdfColumn(IEnumerable<IPdfComponent> children, double gap = 0) : IPdfComponent
{
    public void Compose(PdfComposer composer)
    {
        var first = true;
        foreach (var child in children)
        {
            if (!first)
            {
                composer.Advance(gap);
            }

            child.Compose(composer);
            first = false;
        }
    }
}

/// <summary>Empty vertical room.</summary>
public sealed class PdfSpacer(double points) : IPdfComponent
{
    public void Compose(PdfComposer composer) => composer.Advance(points);
}

/// <summary>Starts the next component on a fresh page.</summary>
public sealed class PdfPageBreak : IPdfComponent
{
    public void Compose(PdfComposer composer) => composer.NewPage();
}
