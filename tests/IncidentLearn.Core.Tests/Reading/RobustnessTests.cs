using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using IncidentLearn.Core.Reading;
using IncidentLearn.Core.Reading.Analysis;

namespace IncidentLearn.Core.Tests.Reading;

/// <summary>Whatever is pasted, the reader gives a record (or, for bytes, a clear error) and never throws.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void RandomTextAlwaysGivesARecordWithTheSourceKept()
    {
        Prop.ForAll<string>(text =>
        {
            var result = WriteupReader.Read(text);
            return result.Record.SourceText == (text ?? "") && result.Record.Title.Length > 0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RandomUnicodeAndControlCharactersNeverBreakTheAnalysis()
    {
        var anyChar = Gen.Choose(0, 0xFFFF).Select(i => (char)i);
        var lines = Gen.ArrayOf(anyChar).Select(cs => new string(cs));
        var documents = Gen.ArrayOf(Gen.OneOf(lines, Gen.Elements("S – Situation:", "[23:52] a: b", "22:00–22:15 (15 minutes): x", "## Impact", "- Outcome:", "---", "| a | b |", "\u2011", "\u202F")))
            .Select(parts => string.Join('\n', parts));
        Prop.ForAll(documents.ToArbitrary(), text => AnalysisJson.Serialize(AnalysisBuilder.Analyze(text)).Length > 0).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ATenMegabyteSingleLineIsReadInReasonableTime()
    {
        var line = string.Concat(Enumerable.Repeat("the cache \u2013 10\u202F000 keys \u201Cwarm\u201D 22:00 ", 10 * 1024 * 1024 / 40));
        var watch = Stopwatch.StartNew();
        var result = WriteupReader.Read(line);
        Assert.Equal("plain", result.Report.Shape);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void AHundredThousandShortLinesAreReadInReasonableTime()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append(i % 7 == 0 ? "" : $"line {i} said {i % 13} things").Append(i % 2 == 0 ? "\r\n" : "\n");
        }

        var watch = Stopwatch.StartNew();
        var result = WriteupReader.Read(builder.ToString());
        Assert.NotNull(result.Record);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void ThousandsOfLabelledPartsAreJoinedWithoutQuadraticCopying()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Situation: s{i}\nTask: t{i}\nAction: a{i}\nResult: r{i}\n"));
        var watch = Stopwatch.StartNew();
        var result = WriteupReader.Read(text);
        Assert.EndsWith("a19999", result.Record.Star.Action, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void EmptyTextGivesAnEmptyRecordAndSaysSo()
    {
        var result = WriteupReader.Read("");
        Assert.Equal("plain", result.Report.Shape);
        Assert.Contains(result.Report.Warnings, w => w.Contains("empty", StringComparison.Ordinal));
    }
}
