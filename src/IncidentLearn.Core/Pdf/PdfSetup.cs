using PdfSharp;
using PdfSharp.Fonts;

namespace IncidentLearn.Core.Pdf;

/// <summary>
/// Prepares PDFsharp once per process: chooses its AGPL licence (IncidentLearn is AGPL-3.0-or-later) and gives it
/// the DejaVu fonts, since the Core build finds no system fonts on Linux.
/// </summary>
public static class PdfSetup
{
    private static readonly Lock Gate = new();
    private static bool ready;

    public static void EnsureReady()
    {
        if (Volatile.Read(ref ready))
        {
            return;
        }

        lock (Gate)
        {
            if (ready)
            {
                return;
            }

            PdfSharpLicense.SetAgplLicense();
            // PDFsharp allows one resolver per process; a host that set its own keeps it.
            GlobalFontSettings.FontResolver ??= DejaVuFontResolver.Instance;
            Volatile.Write(ref ready, true);
        }
    }
}
