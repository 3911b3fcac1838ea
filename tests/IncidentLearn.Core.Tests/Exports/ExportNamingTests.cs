using IncidentLearn.Core.Exports;

namespace IncidentLearn.Core.Tests.Exports;

public sealed class ExportNamingTests
{
    [Theory]
    [InlineData("Checkout: 5xx at 14:00!", "checkout-5xx-at-14-00")]
    [InlineData("Zoë's Ångström café – “DNS” outage", "zoe-s-angstrom-cafe-dns-outage")]
    [InlineData("Straße / Łódź \\ ..", "strasse-lodz")]
    [InlineData("決済が停止", "incident")]
    [InlineData("", "incident")]
    public void TitlesBecomeSafeReadableFileNames(string title, string expected) => Assert.Equal(expected, SafeFileName.Slug(title));

    [Fact]
    public void LongTitlesAreCutAtEightyCharactersWithoutATrailingHyphen()
    {
        var slug = SafeFileName.Slug(string.Join(' ', Enumerable.Repeat("replication", 20)));
        Assert.True(slug.Length <= SafeFileName.MaxStemLength);
        Assert.False(slug.EndsWith('-'));
    }

    [Theory]
    [InlineData("pdf", ExportFormat.Pdf, ".pdf")]
    [InlineData("MD", ExportFormat.Markdown, ".md")]
    [InlineData("share-md", ExportFormat.ShareMarkdown, ".share.md")]
    [InlineData("apkg", ExportFormat.Apkg, ".apkg")]
    public void FormatsAreReadFromTheirWireNames(string wire, ExportFormat format, string extension)
    {
        Assert.True(ExportFormats.TryParse(wire, out var parsed));
        Assert.Equal(format, parsed);
        Assert.Equal(extension, parsed.Extension());
    }

    [Fact]
    public void AnUnknownFormatIsRejectedAndTheChoicesCanBeListed()
    {
        Assert.False(ExportFormats.TryParse("docx", out _));
        Assert.Equal("pdf, md, share-md, apkg, study-pack", ExportFormats.Choices);
    }
}
