using System.Diagnostics;

namespace IncidentLearn.Core.Tests.Pdf;

/// <summary>
/// Runs poppler's command-line tools on a PDF. Missing tools skip the test on a developer machine and fail it in CI
/// (CI=true), where they are installed on purpose.
/// </summary>
internal static class PopplerTools
{
    public static string Text(string pdfPath, bool layout = false) => Run("pdftotext", layout ? $"-layout \"{pdfPath}\" -" : $"\"{pdfPath}\" -");

    public static string Fonts(string pdfPath) => Run("pdffonts", $"\"{pdfPath}\"");

    public static string Info(string pdfPath) => Run("pdfinfo", $"\"{pdfPath}\"");

    /// <summary>Writes the PDF to a file in the test output folder and returns its path.</summary>
    public static string Save(byte[] pdf, string name)
    {
        var path = Path.Combine(Reports.ReportSamples.OutputFolder(), name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    private static string Run(string tool, string arguments)
    {
        Process? process;
        try
        {
            process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            process = null;
        }

        if (process is null)
        {
            var reason = $"{tool} (poppler-utils) is not installed";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(reason + ", and CI needs it.");
            }

            Assert.Skip(reason + "; install poppler-utils to run this test.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {errors}");
            return output;
        }
    }
}
