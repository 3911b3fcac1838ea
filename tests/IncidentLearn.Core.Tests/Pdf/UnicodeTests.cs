using IncidentLearn.Core.Pdf;
using IncidentLearn.Core.Tests.Reports;

namespace IncidentLearn.Core.Tests.Pdf;

public sealed class UnicodeTests
{
    [Fact]
    public void DashesCurlyQuotesAndAccentedNamesSurviveIntoTheExtractedText()
    {
        var record = ReportSamples.Load("rabbitmq-memory-alarm");
        record.Title = "Checkout stalled – “memory alarm” on rmq‑2";
        record.Authors = ["Zoë Ångström", "Łukasz Żółć", "José Núñez"];
        record.Summary = "Ελληνικά and кириллица — both shown; it’s fine.";
        var result = IncidentReportPdfTests.Render(ReportSamples.Builder.Build(record));
        var text = PopplerTools.Text(PopplerTools.Save(result.Bytes, "unicode.pdf"));

        Assert.Empty(result.Warnings);
        Assert.Contains("Checkout stalled – “memory alarm”", text);
        Assert.Contains("Zoë Ångström, Łukasz Żółć, José Núñez", text);
        Assert.Contains("Ελληνικά and кириллица — both shown; it’s fine.", text);
        Assert.Contains("Zoë Ångström", PopplerTools.Info(PopplerTools.Save(result.Bytes, "unicode.pdf")));
    }

    [Fact]
    public void AScriptTheFontsLackIsReportedByNameInsteadOfSilentlyBecomingBoxes()
    {
        var record = ReportSamples.Load("rabbitmq-memory-alarm");
        record.Summary = "ระบบชำระเงินล่ม and 決済が停止";
        var result = IncidentReportPdfTests.Render(ReportSamples.Builder.Build(record));

        Assert.Contains(result.Warnings, w => w.Contains("Thai", StringComparison.Ordinal) && w.Contains("U+0E23", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("CjkUnifiedIdeographs", StringComparison.Ordinal) || w.Contains("Hiragana", StringComparison.Ordinal));
    }
}
